package io.stageflow.metrics.query.cycletime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationStatsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void meanIsExactAndQuantilesWithinTheSketchesRelativeAccuracy() {
        DurationStats stats = new DurationStats();
        for (int days = 1; days <= 100; days++) {
            stats.add(T0, T0.plus(Duration.ofDays(days)));
        }

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.meanDays()).isEqualTo(50.5);
        assertThat(stats.medianDays()).isCloseTo(50.0, within(50.0 * 0.02 + 1));
        assertThat(stats.p90Days()).isCloseTo(90.0, within(90.0 * 0.02 + 1));
    }

    @Test
    void measuresFractionsOfDays() {
        DurationStats stats = new DurationStats();
        stats.add(T0, T0.plus(Duration.ofHours(36)));

        assertThat(stats.meanDays()).isEqualTo(1.5);
        assertThat(stats.medianDays()).isCloseTo(1.5, within(0.015));
    }

    @Test
    void nothingMeasuredGivesNullsNotNaN() {
        DurationStats stats = new DurationStats();
        stats.add(T0.plusSeconds(60), T0);

        assertThat(stats.count()).as("negative durations are ignored").isZero();
        assertThat(stats.meanDays()).isNull();
        assertThat(stats.medianDays()).isNull();
        assertThat(stats.p90Days()).isNull();
    }
}
