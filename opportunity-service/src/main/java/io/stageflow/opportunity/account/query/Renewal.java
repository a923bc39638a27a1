package io.stageflow.opportunity.account.query;

import io.stageflow.events.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A contract renewal; {@code amount} and {@code renewedUntil} are null when none was given. */
public record Renewal(Money amount, LocalDate renewedUntil, Instant occurredAt, Instant recordedAt) {}
