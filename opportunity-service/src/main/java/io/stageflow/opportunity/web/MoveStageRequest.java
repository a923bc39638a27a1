package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

record MoveStageRequest(@NotBlank @Size(max = 100) String stage, Instant occurredAt) {
    MoveStageRequest {
        stage = Text.trim(stage);
    }
}
