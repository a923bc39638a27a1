package io.stageflow.kit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of a back-dated stage move, for leads and opportunities alike: when the move really
 * happened (required, since a correction without a time corrects nothing) and why it is recorded late.
 */
public record StageCorrectionRequest(
        @NotBlank @Size(max = 100) String stage,
        @NotNull Instant occurredAt,
        @NotBlank @Size(max = 200) String reason) {
    public StageCorrectionRequest {
        stage = Text.trim(stage);
        reason = Text.trim(reason);
    }
}
