package io.stageflow.metrics.query.cycletime;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import io.stageflow.metrics.query.Ratios;
import java.time.Duration;
import java.time.Instant;

/**
 * Durations in days, accumulated while documents stream past: the mean exactly, the median and p90
 * from a DDSketch with 1% relative accuracy, so memory stays flat however many durations there are.
 */
final class DurationStats {
    static final double RELATIVE_ACCURACY = 0.01;
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final DDSketch sketch = DDSketches.unboundedDense(RELATIVE_ACCURACY);
    private long count;
    private double sumDays;

    /** Adds the duration from {@code start} to {@code end}; a negative one (inconsistent back-dating) is ignored. */
    void add(Instant start, Instant end) {
        long millis = Duration.between(start, end).toMillis();
        if (millis < 0) {
            return;
        }
        double days = millis / MILLIS_PER_DAY;
        sketch.accept(days);
        sumDays += days;
        count++;
    }

    long count() {
        return count;
    }

    Double meanDays() {
        return count == 0 ? null : Ratios.round(sumDays / count);
    }

    Double medianDays() {
        return quantile(0.5);
    }

    Double p90Days() {
        return quantile(0.9);
    }

    private Double quantile(double q) {
        return sketch.isEmpty() ? null : Ratios.round(sketch.getValueAtQuantile(q));
    }
}
