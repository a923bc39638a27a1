package io.stageflow.metrics.projection;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import java.time.Instant;
import java.util.Map;

/**
 * What a batch contributes to one journey document; every field merges by a commutative,
 * idempotent rule ($min of times entered/started/closed, $max of rank and exit times, $set of
 * values only one event carries), so neither redelivery nor arrival order changes the result.
 *
 * @param furthestRank the highest {@link Stage#rank()} reached, -1 when no known stage was seen
 */
public record JourneyState(
        TenantScopedId key,
        Instant startedAt,
        Dimensions dimensions,
        int furthestRank,
        Instant wonAt,
        Money wonAmount,
        Instant lostAt,
        Instant disqualifiedAt,
        Map<Stage, Instant> enteredAt,
        Map<Stage, Instant> exitedAt) {}
