package io.stageflow.opportunity.account.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record ChurnRequest(@NotBlank @Size(max = 200) String reason, Instant occurredAt) {
    ChurnRequest {
        reason = Text.trim(reason);
    }
}
