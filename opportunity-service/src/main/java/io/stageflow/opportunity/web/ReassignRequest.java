package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record ReassignRequest(
        @NotBlank @Size(max = 200) String ownerId, @NotBlank @Size(max = 200) String teamId, Instant occurredAt) {
    ReassignRequest {
        ownerId = Text.trim(ownerId);
        teamId = Text.trim(teamId);
    }
}
