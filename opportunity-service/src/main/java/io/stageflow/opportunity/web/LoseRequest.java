package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code competitor} is optional; a blank one counts as none. */
record LoseRequest(@NotBlank @Size(max = 200) String reason, @Size(max = 200) String competitor, Instant occurredAt) {
    LoseRequest {
        reason = Text.trim(reason);
        competitor = Text.trim(competitor);
        competitor = competitor == null || competitor.isEmpty() ? null : competitor;
    }
}
