package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import java.time.Instant;

/**
 * One setting in a figure's history: the amount it set, the one it replaced (null the first time),
 * when it applies from in business time ({@code occurredAt}, may be back-dated) and when the service
 * recorded it.
 */
public record PlanHistoryEntry(Money amount, Money previous, Instant occurredAt, Instant recordedAt) {}
