package io.stageflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.schema.EventSchemas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pipelines and accounts added optional fields to three published types (LeadConverted.pipelineId,
 * OpportunityOpened.pipelineId/pipelineVersion/accountId, OpportunityWon.accountId): payloads
 * recorded before still validate and decode, with the new fields null.
 */
class PipelineFieldsEvolutionTest {

    @Test
    void aConversionRecordedBeforePipelinesDecodesOntoTheDefaultPipeline() {
        String stored = "{\"tenantId\":\"acme\",\"leadId\":\"lead-1\",\"occurredAt\":\"2026-03-01T09:30:00Z\","
                + "\"fromStage\":\"CONTACTED\",\"opportunityId\":\"opp-1\",\"amount\":{\"amount\":12500.50,"
                + "\"currency\":\"EUR\"},\"dimensions\":" + dimensions() + "}";

        assertThat(EventSchemas.violations(EventType.LEAD_CONVERTED, stored.getBytes()))
                .isEmpty();
        LeadConverted read = (LeadConverted) EventJson.read(EventType.LEAD_CONVERTED, bytes(stored));
        assertThat(read.pipelineId()).isNull();
    }

    @Test
    void anOpeningRecordedBeforePipelinesAndAccountsDecodesWithoutThem() {
        String stored = "{\"tenantId\":\"acme\",\"opportunityId\":\"opp-1\",\"occurredAt\":\"2026-03-01T09:30:00Z\","
                + "\"stage\":\"NEEDS_ANALYSIS\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"},\"dimensions\":"
                + dimensions() + "}";

        assertThat(EventSchemas.violations(EventType.OPPORTUNITY_OPENED, stored.getBytes()))
                .isEmpty();
        OpportunityOpened read = (OpportunityOpened) EventJson.read(EventType.OPPORTUNITY_OPENED, bytes(stored));
        assertThat(read.pipelineId()).isNull();
        assertThat(read.pipelineVersion()).isNull();
        assertThat(read.accountId()).isNull();
    }

    @Test
    void aWinRecordedBeforeAccountsDecodesWithoutAnAccount() {
        String stored = "{\"tenantId\":\"acme\",\"opportunityId\":\"opp-1\",\"occurredAt\":\"2026-03-01T09:30:00Z\","
                + "\"fromStage\":\"QUOTE\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"}}";

        assertThat(EventSchemas.violations(EventType.OPPORTUNITY_WON, stored.getBytes()))
                .isEmpty();
        assertThat(((OpportunityWon) EventJson.read(EventType.OPPORTUNITY_WON, bytes(stored))).accountId())
                .isNull();
    }

    @Test
    void chineseStageNamesRoundTripAsUtf8() {
        PipelineDefined defined = (PipelineDefined) SampleEvents.oneOfEach().stream()
                .filter(PipelineDefined.class::isInstance)
                .findFirst()
                .orElseThrow();
        byte[] json = EventJson.write(defined);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"方案报价\"");
        assertThat(EventJson.read(EventType.PIPELINE_DEFINED, json)).isEqualTo(defined);
    }

    @Test
    void thePipelineSchemaRefusesAProbabilityOutsidePercentAndAnEmptyStageList() {
        ObjectNode defined = (ObjectNode) EventJson.mapper()
                .valueToTree(SampleEvents.oneOfEach().stream()
                        .filter(PipelineDefined.class::isInstance)
                        .findFirst()
                        .orElseThrow());
        ((ObjectNode) defined.withArray("stages").get(0)).put("probability", 140);
        assertThat(EventSchemas.violations(EventType.PIPELINE_DEFINED, defined))
                .anySatisfy(v -> assertThat(v).contains("probability"));

        defined.putArray("stages");
        assertThat(EventSchemas.violations(EventType.PIPELINE_DEFINED, defined))
                .anySatisfy(v -> assertThat(v).contains("stages"));
    }

    private static String dimensions() {
        return "{\"source\":\"webinar\",\"industry\":\"software\",\"region\":\"EMEA\",\"ownerId\":\"rep-7\","
                + "\"teamId\":\"team-2\"}";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
