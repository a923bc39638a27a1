package io.stageflow.lead.web;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code currency} may be omitted: the lead service's default currency applies; {@code pipelineId}
 * too: the opportunity then follows the tenant's default pipeline.
 */
record ConvertRequest(
        @NotNull @DecimalMin("0") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        PipelineId pipelineId,
        Instant occurredAt) {
    ConvertRequest {
        currency = Text.trim(currency);
    }
}
