package io.stageflow.opportunity.account.web;

import io.stageflow.kit.web.Text;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Every field is optional; an amount comes with its currency. */
record RenewRequest(
        @DecimalMin("0") BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        LocalDate renewedUntil,
        Instant occurredAt) {
    static final RenewRequest EMPTY = new RenewRequest(null, null, null, null);

    RenewRequest {
        currency = Text.trim(currency);
    }
}
