package io.stageflow.opportunity.messaging;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.test.TopicReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every event the opportunity service stores reaches Kafka as a schema-valid CloudEvent, in order. */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
class OpportunityEventsPublishedTest {
    private static final String TENANT = "pub-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OPEN = "{\"amount\":100,\"currency\":\"EUR\",\"ownerId\":\"rep-1\",\"teamId\":\"t-1\","
            + "\"source\":\"event\",\"industry\":\"media\",\"region\":\"NA\"}";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void wonOpportunityHistoryIsPublishedValidAndInOrder() throws Exception {
        String id = open();
        send("/api/opportunities/" + id + "/stage", "{\"stage\":\"PROPOSAL\"}");
        send("/api/opportunities/" + id + "/win", "{\"amount\":120}");

        List<EventEnvelope> envelopes = publishedOf(id, 4);

        // The default pipeline is recorded on first use, on its own topic; PROPOSAL qualifies.
        assertThat(envelopes)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        EventType.OPPORTUNITY_OPENED,
                        EventType.OPPORTUNITY_STAGE_CHANGED,
                        EventType.OPPORTUNITY_QUALIFIED,
                        EventType.OPPORTUNITY_WON);
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(envelopes)
                .allSatisfy(e -> assertThat(e.source()).isEqualTo(URI.create("/stageflow/opportunity-service")));
    }

    @Test
    void lostOpportunityIsPublishedValidWithItsCompetitor() throws Exception {
        String id = open();
        send("/api/opportunities/" + id + "/lose", "{\"reason\":\"price\",\"competitor\":\"Initech\"}");

        List<EventEnvelope> envelopes = publishedOf(id, 2);

        OpportunityLost lost = (OpportunityLost) envelopes.get(1).event();
        assertThat(lost.competitor()).isEqualTo("Initech");
        assertThat(lost.fromStage()).isEqualTo("NEEDS_ANALYSIS");
    }

    @Test
    void fieldChangesArePublishedValidWithTheirPreviousValues() throws Exception {
        String id = open();
        send("/api/opportunities/" + id + "/amount", "{\"amount\":150.25,\"currency\":\"USD\"}");
        send("/api/opportunities/" + id + "/close-date", "{\"expectedCloseDate\":\"2026-06-30\"}");
        send("/api/opportunities/" + id + "/close-date", "{\"expectedCloseDate\":\"2026-08-31\"}");
        send("/api/opportunities/" + id + "/reassign", "{\"ownerId\":\"rep-2\",\"teamId\":\"t-2\"}");

        List<EventEnvelope> envelopes = publishedOf(id, 5);

        assertThat(envelopes)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        EventType.OPPORTUNITY_OPENED,
                        EventType.OPPORTUNITY_AMOUNT_CHANGED,
                        EventType.OPPORTUNITY_CLOSE_DATE_CHANGED,
                        EventType.OPPORTUNITY_CLOSE_DATE_CHANGED,
                        EventType.OPPORTUNITY_REASSIGNED);
        OpportunityAmountChanged amount =
                (OpportunityAmountChanged) envelopes.get(1).event();
        assertThat(amount.from().amount()).isEqualByComparingTo("100");
        assertThat(amount.to()).isEqualTo(new Money(new BigDecimal("150.25"), "USD"));
        OpportunityCloseDateChanged slipped =
                (OpportunityCloseDateChanged) envelopes.get(3).event();
        assertThat(slipped.fromDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(slipped.toDate()).isEqualTo(LocalDate.parse("2026-08-31"));
        OpportunityReassigned reassigned =
                (OpportunityReassigned) envelopes.get(4).event();
        assertThat(List.of(
                        reassigned.fromOwnerId(), reassigned.fromTeamId(), reassigned.ownerId(), reassigned.teamId()))
                .containsExactly("rep-1", "t-1", "rep-2", "t-2");
    }

    private List<EventEnvelope> publishedOf(String opportunityId, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(
                Topics.OPPORTUNITY_EVENTS, r -> opportunityId.equals(r.key()), expected, Duration.ZERO);
        assertThat(records).hasSize(expected);
        return records.stream()
                .map(record -> {
                    EventEnvelope envelope = SalesEventCodec.decode(record);
                    assertThat(EventSchemas.violations(envelope.type(), record.value()))
                            .as("schema violations of %s", envelope.type())
                            .isEmpty();
                    return envelope;
                })
                .toList();
    }

    private String open() throws Exception {
        String body = mvc.perform(post("/api/opportunities")
                        .with(caller(TENANT, "rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.opportunityId");
    }

    private void send(String path, String body) throws Exception {
        mvc.perform(post(path)
                        .with(caller(TENANT, "rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent());
    }
}
