package io.stageflow.metrics.projection;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * Accumulates the changes of one journey within a batch with the same operators the store applies,
 * so a batch writes each journey once. Times are kept to the millisecond, as MongoDB stores them.
 */
final class JourneyChanges {
    private final TenantScopedId key;
    private Instant startedAt;
    private Dimensions dimensions;
    private int furthestRank = -1;
    private Instant wonAt;
    private Money wonAmount;
    private Instant lostAt;
    private Instant disqualifiedAt;
    private final Map<Stage, Instant> enteredAt = new EnumMap<>(Stage.class);
    private final Map<Stage, Instant> exitedAt = new EnumMap<>(Stage.class);

    JourneyChanges(TenantScopedId key) {
        this.key = key;
    }

    void start(Instant at, Dimensions journeyDimensions) {
        startedAt = min(startedAt, at);
        dimensions = journeyDimensions;
    }

    void enter(Stage stage, Instant at) {
        reach(stage);
        enteredAt.merge(stage, millis(at), JourneyChanges::min);
    }

    void exit(Stage stage, Instant at) {
        reach(stage);
        exitedAt.merge(stage, millis(at), JourneyChanges::max);
    }

    void win(Instant at, Money amount) {
        reach(Stage.WON);
        wonAt = min(wonAt, at);
        wonAmount = amount;
    }

    void lose(Instant at) {
        lostAt = min(lostAt, at);
    }

    void disqualify(Instant at) {
        disqualifiedAt = min(disqualifiedAt, at);
    }

    private void reach(Stage stage) {
        furthestRank = Math.max(furthestRank, stage.rank());
    }

    JourneyState state() {
        return new JourneyState(
                key,
                startedAt,
                dimensions,
                furthestRank,
                wonAt,
                wonAmount,
                lostAt,
                disqualifiedAt,
                Map.copyOf(enteredAt),
                Map.copyOf(exitedAt));
    }

    private static Instant min(Instant current, Instant candidate) {
        Instant at = millis(candidate);
        return current == null || at.isBefore(current) ? at : current;
    }

    private static Instant max(Instant current, Instant candidate) {
        return candidate.isAfter(current) ? candidate : current;
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
