package io.stageflow.lead.web;

import io.stageflow.events.Dimensions;
import io.stageflow.kit.web.Text;
import io.stageflow.lead.command.ContactRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code campaign} and {@code contactRole} are optional; a blank campaign counts as none. */
record CreateLeadRequest(
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 200) String industry,
        @NotBlank @Size(max = 200) String region,
        @NotBlank @Size(max = 200) String ownerId,
        @NotBlank @Size(max = 200) String teamId,
        @Size(max = 200) String campaign,
        ContactRole contactRole,
        Instant occurredAt) {

    CreateLeadRequest {
        source = Text.trim(source);
        industry = Text.trim(industry);
        region = Text.trim(region);
        ownerId = Text.trim(ownerId);
        teamId = Text.trim(teamId);
        campaign = Text.trim(campaign);
        if (campaign != null && campaign.isEmpty()) {
            campaign = null;
        }
    }

    Dimensions dimensions() {
        return new Dimensions(source, industry, region, ownerId, teamId);
    }
}
