package io.stageflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.schema.EventSchemas;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** expectedCloseDate was added to a published type: old payloads must still read, new ones validate. */
class OpportunityOpenedEvolutionTest {
    private static final OpportunityOpened WITHOUT = new OpportunityOpened(
            SampleEvents.TENANT,
            SampleEvents.OPPORTUNITY,
            SampleEvents.AT,
            SampleEvents.LEAD,
            "NEEDS_ANALYSIS",
            SampleEvents.AMOUNT,
            SampleEvents.DIMENSIONS);
    private static final OpportunityOpened WITH = new OpportunityOpened(
            SampleEvents.TENANT,
            SampleEvents.OPPORTUNITY,
            SampleEvents.AT,
            null,
            "NEEDS_ANALYSIS",
            SampleEvents.AMOUNT,
            SampleEvents.DIMENSIONS,
            LocalDate.parse("2026-12-31"));

    @Test
    void anOpeningWithoutACloseDateLeavesItOutOfItsJson() {
        String json = new String(EventJson.write(WITHOUT), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("expectedCloseDate");
    }

    @Test
    void theCloseDateIsWrittenAsAPlainIsoDate() {
        String json = new String(EventJson.write(WITH), StandardCharsets.UTF_8);

        assertThat(json).contains("\"expectedCloseDate\":\"2026-12-31\"");
    }

    @Test
    void aPayloadWrittenBeforeTheCloseDateExistedStillDecodes() {
        String stored = "{\"tenantId\":\"acme\",\"opportunityId\":\"opp-1\",\"occurredAt\":\"2026-03-01T09:30:00Z\","
                + "\"leadId\":\"lead-1\",\"stage\":\"NEEDS_ANALYSIS\",\"amount\":{\"amount\":12500.50,"
                + "\"currency\":\"EUR\"},\"dimensions\":{\"source\":\"webinar\",\"industry\":\"software\","
                + "\"region\":\"EMEA\",\"ownerId\":\"rep-7\",\"teamId\":\"team-2\"}}";

        assertThat(EventSchemas.violations(EventType.OPPORTUNITY_OPENED, stored.getBytes()))
                .isEmpty();
        assertThat(EventJson.read(EventType.OPPORTUNITY_OPENED, stored.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WITHOUT);
    }

    @Test
    void theCloseDateRoundTrips() {
        assertThat(EventJson.read(EventType.OPPORTUNITY_OPENED, EventJson.write(WITH)))
                .isEqualTo(WITH);
    }

    @Test
    void theSchemaRejectsACloseDateThatIsNotACalendarDate() {
        ObjectNode opened = (ObjectNode) EventJson.mapper().valueToTree(WITH);
        opened.put("expectedCloseDate", "2026-12-31T00:00:00Z");

        assertThat(EventSchemas.violations(EventType.OPPORTUNITY_OPENED, opened))
                .anySatisfy(v -> assertThat(v).contains("expectedCloseDate"));
    }
}
