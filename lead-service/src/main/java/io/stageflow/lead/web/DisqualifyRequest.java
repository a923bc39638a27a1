package io.stageflow.lead.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record DisqualifyRequest(@NotBlank @Size(max = 200) String reason, Instant occurredAt) {
    DisqualifyRequest {
        reason = Text.trim(reason);
    }
}
