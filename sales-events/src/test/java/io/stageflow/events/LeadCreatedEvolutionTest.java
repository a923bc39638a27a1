package io.stageflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.schema.EventSchemas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** campaign and contactRole were added to a published type: old payloads must still read, new ones validate. */
class LeadCreatedEvolutionTest {
    private static final LeadCreated WITHOUT =
            new LeadCreated(SampleEvents.TENANT, SampleEvents.LEAD, SampleEvents.AT, "NEW", SampleEvents.DIMENSIONS);
    private static final LeadCreated WITH = new LeadCreated(
            SampleEvents.TENANT,
            SampleEvents.LEAD,
            SampleEvents.AT,
            "NEW",
            SampleEvents.DIMENSIONS,
            "fair",
            "CHAMPION");

    @Test
    void aLeadWithoutCampaignOrRoleLeavesThemOutOfItsJson() {
        String json = new String(EventJson.write(WITHOUT), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("campaign").doesNotContain("contactRole");
    }

    @Test
    void aPayloadWrittenBeforeTheFieldsExistedStillDecodes() {
        String stored = "{\"tenantId\":\"acme\",\"leadId\":\"lead-1\",\"occurredAt\":\"2026-03-01T09:30:00Z\","
                + "\"stage\":\"NEW\",\"dimensions\":{\"source\":\"webinar\",\"industry\":\"software\","
                + "\"region\":\"EMEA\",\"ownerId\":\"rep-7\",\"teamId\":\"team-2\"}}";

        assertThat(EventSchemas.violations(EventType.LEAD_CREATED, stored.getBytes()))
                .isEmpty();
        assertThat(EventJson.read(EventType.LEAD_CREATED, stored.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WITHOUT);
    }

    @Test
    void campaignAndRoleRoundTrip() {
        assertThat(EventJson.read(EventType.LEAD_CREATED, EventJson.write(WITH)))
                .isEqualTo(WITH);
    }

    @Test
    void theSchemaNamesTheAllowedRolesAndBoundsTheCampaign() {
        ObjectNode created = (ObjectNode) EventJson.mapper().valueToTree(WITH);
        created.put("contactRole", "INTERN");
        created.put("campaign", "c".repeat(201));

        assertThat(EventSchemas.violations(EventType.LEAD_CREATED, created))
                .anySatisfy(v -> assertThat(v).contains("contactRole"))
                .anySatisfy(v -> assertThat(v).contains("campaign"));
    }
}
