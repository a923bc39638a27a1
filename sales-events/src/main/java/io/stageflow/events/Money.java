package io.stageflow.events;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency; amounts are never converted between currencies here. */
public record Money(BigDecimal amount, String currency) {}
