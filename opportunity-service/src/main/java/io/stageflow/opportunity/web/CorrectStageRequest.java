package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A correction says when the move really happened and why it is recorded late. */
record CorrectStageRequest(
        @NotBlank @Size(max = 100) String stage,
        @NotNull Instant occurredAt,
        @NotBlank @Size(max = 200) String reason) {
    CorrectStageRequest {
        stage = Text.trim(stage);
        reason = Text.trim(reason);
    }
}
