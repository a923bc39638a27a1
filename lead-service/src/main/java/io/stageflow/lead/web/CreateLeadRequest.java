package io.stageflow.lead.web;

import io.stageflow.events.Dimensions;
import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record CreateLeadRequest(
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 200) String industry,
        @NotBlank @Size(max = 200) String region,
        @NotBlank @Size(max = 200) String ownerId,
        @NotBlank @Size(max = 200) String teamId,
        Instant occurredAt) {

    CreateLeadRequest {
        source = Text.trim(source);
        industry = Text.trim(industry);
        region = Text.trim(region);
        ownerId = Text.trim(ownerId);
        teamId = Text.trim(teamId);
    }

    Dimensions dimensions() {
        return new Dimensions(source, industry, region, ownerId, teamId);
    }
}
