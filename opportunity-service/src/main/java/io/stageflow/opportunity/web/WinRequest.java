package io.stageflow.opportunity.web;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.Instant;

/** Both fields are optional: without {@code amount} the opportunity is won for its current amount. */
record WinRequest(@DecimalMin("0") BigDecimal amount, Instant occurredAt) {
    static final WinRequest EMPTY = new WinRequest(null, null);
}
