package io.stageflow.opportunity.account.messaging;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.Topics;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.TopicReader;
import io.stageflow.opportunity.account.AccountServiceTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The reaction end to end: wins stored in the service's event store, as the opportunities store them,
 * make accounts customers exactly once, and the accounts' events reach their Kafka topic.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountWinsIntegrationTest extends AccountServiceTest {
    private static final Dimensions DIMENSIONS = new Dimensions("web", "software", "EMEA", "rep-7", "team-3");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MeterRegistry meters;

    @Test
    void wonDealsMakeTheAccountACustomerOnceEvenWhenRedelivered() throws Exception {
        String tenant = newTenant();
        AccountId account = create(tenant);

        OpportunityId first = storeWonDeal(tenant, account, "10000", "2026-03-10T12:00:00Z");
        awaitEventsOf(account, 2);
        mvc.perform(get("/api/accounts/" + account).with(caller(tenant, "rep")))
                .andExpect(jsonPath("$.status").value("CUSTOMER"))
                .andExpect(jsonPath("$.customerSince").value("2026-03-10T12:00:00Z"))
                .andExpect(jsonPath("$.purchases[0].opportunityId").value(first.value()));

        OpportunityId second = storeWonDeal(tenant, account, "2500", "2026-05-01T12:00:00Z");
        awaitEventsOf(account, 3);
        storeWonDeal(tenant, AccountId.random(), "1", "2026-05-02T12:00:00Z");
        double rejectedBefore = rejected("unknown-account");

        redeliverEveryWin();

        assertThat(rejected("unknown-account"))
                .as("the replay handed the wins to the reaction again")
                .isGreaterThan(rejectedBefore);
        assertThat(eventStore.readEvents(account.value(), 0).asStream()).hasSize(3);
        mvc.perform(get("/api/accounts/" + account).with(caller(tenant, "rep")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.purchases.length()").value(2))
                .andExpect(jsonPath("$.purchases[1].opportunityId").value(second.value()))
                .andExpect(jsonPath("$.history[2].event").value("PURCHASE_MADE"));
    }

    @Test
    void accountEventsArePublishedValidAndInOrder() throws Exception {
        String tenant = newTenant();
        AccountId account = create(tenant);
        OpportunityId first = storeWonDeal(tenant, account, "10000", "2026-03-10T12:00:00Z");
        OpportunityId second = storeWonDeal(tenant, account, "2500.75", "2026-05-01T12:00:00Z");

        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.read(Topics.ACCOUNT_EVENTS, r -> account.value().equals(r.key()), 3, Duration.ofSeconds(1));

        assertThat(records).hasSize(3);
        List<EventEnvelope> envelopes = records.stream()
                .map(record -> {
                    EventEnvelope envelope = SalesEventCodec.decode(record);
                    assertThat(EventSchemas.violations(envelope.type(), record.value()))
                            .as("schema violations of %s", envelope.type())
                            .isEmpty();
                    return envelope;
                })
                .toList();
        assertThat(envelopes)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        EventType.ACCOUNT_CREATED, EventType.ACCOUNT_BECAME_CUSTOMER, EventType.ACCOUNT_PURCHASE_MADE);
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(envelopes)
                .allSatisfy(e -> assertThat(e.source()).isEqualTo(URI.create("/stageflow/opportunity-service")));
        AccountBecameCustomer customer =
                (AccountBecameCustomer) envelopes.get(1).event();
        assertThat(customer.opportunityId()).isEqualTo(first);
        assertThat(customer.returning()).isFalse();
        assertThat(customer.occurredAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        AccountPurchaseMade purchase = (AccountPurchaseMade) envelopes.get(2).event();
        assertThat(purchase.opportunityId()).isEqualTo(second);
        assertThat(purchase.amount()).isEqualTo(new Money(new BigDecimal("2500.75"), "EUR"));
    }

    @Test
    void winsNoAccountCanTakeAreLoggedCountedAndPassed(CapturedOutput output) throws Exception {
        String tenant = newTenant();
        AccountId anotherTenants = create(newTenant());
        AccountId missing = AccountId.random();
        double rejectedBefore = rejected("unknown-account");

        OpportunityId foreignDeal = storeWonDeal(tenant, anotherTenants, "500", "2026-03-10T12:00:00Z");
        OpportunityId lostDeal = storeWonDeal(tenant, missing, "500", "2026-03-10T12:00:00Z");
        AccountId notAnAccount = new AccountId(foreignDeal.value());
        storeWonDeal(tenant, notAnAccount, "500", "2026-03-10T12:00:00Z");
        AccountId mine = create(tenant);
        storeWonDeal(tenant, mine, "500", "2026-03-10T12:00:00Z");

        awaitEventsOf(mine, 2);
        assertThat(rejected("unknown-account") - rejectedBefore).isEqualTo(3.0);
        assertThat(eventStore.readEvents(anotherTenants.value(), 0).asStream())
                .as("another tenant's account counts no deal of this tenant")
                .hasSize(1);
        assertThat(output.getOut())
                .contains("WARN")
                .contains(foreignDeal.value(), anotherTenants.value())
                .contains(lostDeal.value(), missing.value())
                .contains("names account " + notAnAccount);
        assertThat(eventStore.readEvents(foreignDeal.value(), 0).asStream())
                .as("the opportunity's stream is left as it was")
                .hasSize(2);
    }

    /** Stores an opportunity opened and won for {@code account}, as the opportunity aggregate would. */
    private OpportunityId storeWonDeal(String tenant, AccountId account, String amount, String wonAt) {
        TenantId tenantId = new TenantId(tenant);
        OpportunityId deal = OpportunityId.random();
        Money money = new Money(new BigDecimal(amount), "EUR");
        Instant won = Instant.parse(wonAt);
        eventStore.publish(
                stored(
                        deal,
                        0,
                        new OpportunityOpened(
                                tenantId, deal, won.minusSeconds(86_400), null, "NEEDS_ANALYSIS", money, DIMENSIONS)),
                stored(deal, 1, new OpportunityWon(tenantId, deal, won, "NEEDS_ANALYSIS", money, account)));
        return deal;
    }

    private static GenericDomainEventMessage<?> stored(OpportunityId deal, long sequence, Object event) {
        return new GenericDomainEventMessage<>(
                "Opportunity",
                deal.value(),
                sequence,
                event,
                Map.of(),
                UUID.randomUUID().toString(),
                Instant.now());
    }

    private void awaitEventsOf(AccountId account, int events) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                        eventStore.readEvents(account.value(), 0).asStream())
                .hasSize(events));
    }

    /** Rewinds the reaction to the first event and waits until it has handled every stored win again. */
    private void redeliverEveryWin() {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(WonOpportunities.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(WAIT).until(() -> {
            var segments = processor.processingStatus().values();
            return !segments.isEmpty() && segments.stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
        });
    }

    private double rejected(String reason) {
        return meters.get(WonOpportunities.REJECTED_WINS)
                .tag("reason", reason)
                .counter()
                .count();
    }
}
