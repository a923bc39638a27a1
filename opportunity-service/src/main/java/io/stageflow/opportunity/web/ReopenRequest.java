package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Without a stage the opportunity goes back to the stage it was lost from. */
record ReopenRequest(@Size(max = 100) String stage, Instant occurredAt) {
    static final ReopenRequest EMPTY = new ReopenRequest(null, null);

    ReopenRequest {
        stage = Text.trim(stage);
        stage = stage == null || stage.isEmpty() ? null : stage;
    }
}
