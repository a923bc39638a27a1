package io.stageflow.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.test.TopicReader;
import io.stageflow.kit.testapp.KitTestApplication;
import io.stageflow.localinfra.SharedTestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The event store is the outbox: whatever it holds reaches Kafka, even across a broker outage. */
@SpringBootTest(
        classes = KitTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"stageflow.forwarder.source=/stageflow/kit-test", "stageflow.forwarder.ack-timeout=2s"})
class KafkaForwarderIntegrationTest {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Test
    void publishesEveryStoredEventAsASchemaValidCloudEventKeyedByItsAggregate() {
        TenantId tenant = new TenantId("fwd-" + UUID.randomUUID().toString().substring(0, 8));
        List<LeadId> leads = List.of(LeadId.random(), LeadId.random(), LeadId.random());
        leads.forEach(lead -> storeJourney(tenant, lead));

        List<ConsumerRecord<String, byte[]>> received = consumeUntil(tenant, 6, Duration.ofSeconds(30));

        assertThat(received).hasSize(6).allSatisfy(record -> {
            EventEnvelope envelope = SalesEventCodec.decode(record);
            assertThat(record.key()).isEqualTo(envelope.subject());
            assertThat(envelope.source()).hasToString("/stageflow/kit-test");
            assertThat(EventSchemas.violations(envelope.type(), record.value())).isEmpty();
        });
        for (LeadId lead : leads) {
            assertThat(received.stream()
                            .filter(r -> r.key().equals(lead.value()))
                            .map(r -> SalesEventCodec.decode(r).sequence()))
                    .containsExactly(0L, 1L);
        }
    }

    @Test
    void eventsStoredWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
        TenantId tenant = new TenantId("outage-" + UUID.randomUUID().toString().substring(0, 8));
        storeJourney(tenant, LeadId.random());
        assertThat(consumeUntil(tenant, 2, Duration.ofSeconds(30))).hasSize(2);

        SharedTestInfra.kafka().stop();
        List<LeadId> storedDuringOutage = List.of(LeadId.random(), LeadId.random());
        try {
            storedDuringOutage.forEach(lead -> storeJourney(tenant, lead));
            Thread.sleep(5_000); // several failed batches: each must leave the token where it was
        } finally {
            SharedTestInfra.kafka().restart();
        }

        List<ConsumerRecord<String, byte[]>> received = consumeUntil(tenant, 6, Duration.ofSeconds(60));
        assertThat(received.stream().map(ConsumerRecord::key).distinct())
                .containsAll(storedDuringOutage.stream().map(LeadId::value).toList());
    }

    /**
     * Under load an event can be stamped well before its insert becomes visible, after newer events
     * were already forwarded. The event store's tracking must still pick it up (docs/adr/0002).
     */
    @Test
    void anEventThatBecomesVisibleLateIsStillForwarded() {
        TenantId tenant = new TenantId("late-" + UUID.randomUUID().toString().substring(0, 8));
        storeJourney(tenant, LeadId.random());
        assertThat(consumeUntil(tenant, 2, Duration.ofSeconds(30))).hasSize(2);

        LeadId late = LeadId.random();
        var dimensions = new Dimensions("webinar", "software", "EMEA", "rep-1", "team-1");
        eventStore.publish(new GenericDomainEventMessage<>(
                "Lead",
                late.value(),
                0,
                new LeadCreated(tenant, late, T0, "NEW", dimensions),
                Map.of(),
                UUID.randomUUID().toString(),
                Instant.now().minusSeconds(5)));

        assertThat(consumeUntil(tenant, 3, Duration.ofSeconds(30)))
                .extracting(ConsumerRecord::key)
                .contains(late.value());
    }

    @Test
    void anEventCarriesTheTraceOfItsCommandAsW3cAndCloudEventsHeaders() {
        TenantId tenant = new TenantId("trace-" + UUID.randomUUID().toString().substring(0, 8));
        LeadId lead = LeadId.random();
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var dimensions = new Dimensions("webinar", "software", "EMEA", "rep-1", "team-1");
        eventStore.publish(new GenericDomainEventMessage<>(
                "Lead",
                lead.value(),
                0,
                new LeadCreated(tenant, lead, T0, "NEW", dimensions),
                Map.of("traceparent", traceparent)));

        ConsumerRecord<String, byte[]> record =
                consumeUntil(tenant, 1, Duration.ofSeconds(30)).get(0);

        assertThat(header(record, "traceparent")).isEqualTo(traceparent);
        assertThat(header(record, "ce_traceparent")).isEqualTo(traceparent);
        assertThat(record.headers().lastHeader("tracestate")).isNull();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void storeJourney(TenantId tenant, LeadId lead) {
        var dimensions = new Dimensions("webinar", "software", "EMEA", "rep-1", "team-1");
        eventStore.publish(
                new GenericDomainEventMessage<>(
                        "Lead", lead.value(), 0, new LeadCreated(tenant, lead, T0, "NEW", dimensions)),
                new GenericDomainEventMessage<>(
                        "Lead",
                        lead.value(),
                        1,
                        new LeadStageChanged(tenant, lead, T0.plusSeconds(60), "NEW", "CONTACTED")));
    }

    /** The tenant's distinct events on the lead topic; a retried batch may publish one twice. */
    private static List<ConsumerRecord<String, byte[]>> consumeUntil(TenantId tenant, int expected, Duration timeout) {
        Set<String> seenIds = ConcurrentHashMap.newKeySet();
        return TopicReader.read(
                Topics.LEAD_EVENTS,
                record -> {
                    EventEnvelope envelope = SalesEventCodec.decode(record);
                    return envelope.tenantId().equals(tenant) && seenIds.add(envelope.eventId());
                },
                expected,
                Duration.ZERO);
    }
}
