package io.stageflow.lead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record DisqualifyRequest(@NotBlank @Size(max = 200) String reason, Instant occurredAt) {
    DisqualifyRequest {
        reason = Text.trim(reason);
    }
}
