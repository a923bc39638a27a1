package io.stageflow.kit.plan;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The body of a PUT that sets a quota or a spend. The currency is always sent: a PUT states the
 * whole figure, and a wrong default would be a 409 on the next revision.
 */
public record SetPlanFigureRequest(
        @NotNull @DecimalMin("0") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        Instant occurredAt) {

    public SetPlanFigureRequest {
        currency = Text.trim(currency);
    }
}
