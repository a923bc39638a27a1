package io.stageflow.lead.messaging;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.TopicReader;
import io.stageflow.lead.LeadServiceTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Every event the lead service stores reaches Kafka as a schema-valid CloudEvent, in order. */
class LeadEventsPublishedTest extends LeadServiceTest {
    private static final String TENANT =
            "publish-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void leadHistoryIsPublishedAsValidCloudEventsKeyedByLead() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}");
        send("/api/leads/" + leadId + "/convert", "{\"amount\":900,\"currency\":\"USD\"}");

        List<ConsumerRecord<String, byte[]>> records = readRecordsOf(leadId, 3);

        assertThat(records).allSatisfy(record -> {
            EventType type = SalesEventCodec.decode(record).type();
            assertThat(EventSchemas.violations(type, record.value())).isEmpty();
        });
        List<EventEnvelope> envelopes =
                records.stream().map(SalesEventCodec::decode).toList();
        assertThat(envelopes)
                .extracting(EventEnvelope::type)
                .containsExactly(EventType.LEAD_CREATED, EventType.LEAD_STAGE_CHANGED, EventType.LEAD_CONVERTED);
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(envelopes).allSatisfy(envelope -> {
            assertThat(envelope.source()).isEqualTo(URI.create("/stageflow/lead-service"));
            assertThat(envelope.tenantId().value()).isEqualTo(TENANT);
        });
        LeadConverted converted = (LeadConverted) envelopes.get(2).event();
        assertThat(converted.dimensions().region()).isEqualTo("EMEA");
        assertThat(converted.amount().currency()).isEqualTo("USD");
    }

    @Test
    void disqualificationIsPublishedAndValid() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"  no budget \"}");

        List<ConsumerRecord<String, byte[]>> records = readRecordsOf(leadId, 2);

        EventEnvelope disqualified = SalesEventCodec.decode(records.get(1));
        assertThat(disqualified.type()).isEqualTo(EventType.LEAD_DISQUALIFIED);
        assertThat(disqualified.sequence()).isEqualTo(1L);
        assertThat(EventSchemas.violations(disqualified.type(), records.get(1).value()))
                .isEmpty();
        assertThat(((LeadDisqualified) disqualified.event()).reason()).isEqualTo("no budget");
    }

    @Test
    void aCorrectionIsPublishedWithItsTrueTimeAndWhenItWasRecorded() throws Exception {
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        String leadId = createLead(",\"occurredAt\":\"" + createdAt + "\"");
        send("/api/leads/" + leadId + "/reassign", "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}");
        Instant trueTime = createdAt.plus(Duration.ofMinutes(30));
        send(
                "/api/leads/" + leadId + "/stage-corrections",
                "{\"stage\":\"CONTACTED\",\"occurredAt\":\"" + trueTime + "\",\"reason\":\"logged late\"}");

        ConsumerRecord<String, byte[]> record = readRecordsOf(leadId, 3).get(2);

        EventEnvelope corrected = SalesEventCodec.decode(record);
        assertThat(corrected.type()).isEqualTo(EventType.LEAD_STAGE_CORRECTED);
        assertThat(EventSchemas.violations(corrected.type(), record.value())).isEmpty();
        assertThat(corrected.event())
                .isEqualTo(new LeadStageCorrected(
                        new TenantId(TENANT), new LeadId(leadId), trueTime, "NEW", "CONTACTED", "logged late"));
        assertThat(corrected.recordedAt()).isAfter(trueTime);
    }

    @Test
    void campaignRoleReopeningAndReassignmentArePublishedAndValid() throws Exception {
        String leadId = createLead(",\"campaign\":\"spring-fair\",\"contactRole\":\"CHAMPION\"");
        send("/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}");
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"no budget\"}");
        send("/api/leads/" + leadId + "/reopen", "{}");
        send("/api/leads/" + leadId + "/reassign", "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}");

        List<ConsumerRecord<String, byte[]>> records = readRecordsOf(leadId, 5);

        assertThat(records).allSatisfy(record -> {
            EventType type = SalesEventCodec.decode(record).type();
            assertThat(EventSchemas.violations(type, record.value())).isEmpty();
        });
        List<EventEnvelope> envelopes =
                records.stream().map(SalesEventCodec::decode).toList();
        assertThat(envelopes)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        EventType.LEAD_CREATED,
                        EventType.LEAD_STAGE_CHANGED,
                        EventType.LEAD_DISQUALIFIED,
                        EventType.LEAD_REOPENED,
                        EventType.LEAD_REASSIGNED);
        assertThat(envelopes).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        LeadCreated created = (LeadCreated) envelopes.get(0).event();
        assertThat(created.campaign()).isEqualTo("spring-fair");
        assertThat(created.contactRole()).isEqualTo("CHAMPION");
        assertThat(((LeadReopened) envelopes.get(3).event()).stage()).isEqualTo("CONTACTED");
        LeadReassigned reassigned = (LeadReassigned) envelopes.get(4).event();
        assertThat(reassigned.fromOwnerId()).isEqualTo("rep-7");
        assertThat(reassigned.fromTeamId()).isEqualTo("team-3");
        assertThat(reassigned.ownerId()).isEqualTo("rep-9");
        assertThat(reassigned.teamId()).isEqualTo("team-4");
    }

    private String createLead() throws Exception {
        return createLead("");
    }

    /** {@code extraFields} are JSON members appended to the minimal body, each with its leading comma. */
    private String createLead(String extraFields) throws Exception {
        String created = mvc.perform(post("/api/leads")
                        .with(caller(TENANT, "rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"web\",\"industry\":\"retail\",\"region\":\"EMEA\","
                                + "\"ownerId\":\"rep-7\",\"teamId\":\"team-3\"" + extraFields + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(created, "$.leadId");
    }

    private void send(String path, String body) throws Exception {
        mvc.perform(post(path)
                        .with(caller(TENANT, "rep"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is2xxSuccessful());
    }

    private static List<ConsumerRecord<String, byte[]>> readRecordsOf(String leadId, int expected) {
        List<ConsumerRecord<String, byte[]>> mine =
                TopicReader.read(Topics.LEAD_EVENTS, r -> leadId.equals(r.key()), expected, Duration.ZERO);
        assertThat(mine)
                .as("records of lead %s on %s", leadId, Topics.LEAD_EVENTS)
                .hasSize(expected);
        return mine;
    }
}
