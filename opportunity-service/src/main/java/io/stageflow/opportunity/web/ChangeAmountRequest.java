package io.stageflow.opportunity.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;

/** Without {@code currency} the amount is in the opportunity's current currency. */
record ChangeAmountRequest(
        @NotNull @DecimalMin("0") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        Instant occurredAt) {
    ChangeAmountRequest {
        currency = Text.trim(currency);
    }
}
