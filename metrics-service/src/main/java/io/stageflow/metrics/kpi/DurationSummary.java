package io.stageflow.metrics.kpi;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import io.stageflow.metrics.query.Ratios;

/**
 * Mean, median and p90 in days of one measure's durations: the mean exact (sum / count), the
 * quantiles from a DDSketch rebuilt from the bucket counts, within 1% of the true value. All null
 * when nothing was measured.
 */
public record DurationSummary(long count, Double meanDays, Double medianDays, Double p90Days) {
    static final DurationSummary NONE = new DurationSummary(0, null, null, null);

    /** Accumulates one measure's figures; {@link #summary()} when done. */
    static final class Builder {
        private final DDSketch sketch = new DDSketch(Durations.MAPPING, UnboundedSizeDenseStore::new);
        private long count;
        private double sumDays;

        void count(long measured, double days) {
            count += measured;
            sumDays += days;
        }

        void bucket(String bucket, long measured) {
            if (measured > 0) {
                double days = bucket.equals(Durations.ZERO) ? 0 : Durations.MAPPING.value(Integer.parseInt(bucket));
                sketch.accept(days, measured);
            }
        }

        DurationSummary summary() {
            if (count <= 0 || sketch.isEmpty()) {
                return NONE;
            }
            return new DurationSummary(
                    count,
                    Ratios.round(sumDays / count),
                    Ratios.round(sketch.getValueAtQuantile(0.5)),
                    Ratios.round(sketch.getValueAtQuantile(0.9)));
        }
    }
}
