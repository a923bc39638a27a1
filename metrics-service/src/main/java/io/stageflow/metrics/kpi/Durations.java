package io.stageflow.metrics.kpi;

import com.datadoghq.sketch.ddsketch.mapping.IndexMapping;
import com.datadoghq.sketch.ddsketch.mapping.LogarithmicMapping;
import io.stageflow.metrics.cube.FigureNames;
import io.stageflow.metrics.cube.Figures;
import java.time.Duration;
import java.time.Instant;

/**
 * Durations as additive figures: per measure (the sales cycle, or time in one stage) a count, the
 * exact sum of milliseconds, and a count per DDSketch bucket. A DDSketch is a histogram over the
 * buckets of a logarithmic index mapping, so bucket counts add up across days, slices and
 * partitions like any count, and a sketch rebuilt from them answers quantiles within its 1%
 * relative accuracy (ADR 0005). Nothing is ever sorted, nothing per deal is kept.
 */
final class Durations {
    static final double RELATIVE_ACCURACY = 0.01;
    static final IndexMapping MAPPING = new LogarithmicMapping(RELATIVE_ACCURACY);
    static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();
    /** The bucket of durations too short for the mapping (0 included): they count as zero days. */
    static final String ZERO = "z";

    static final String COUNT = "durN";
    static final String MILLIS = "durMs";
    static final String BUCKET = "durAt";
    static final String CYCLE = "cycle";
    /** From the journey's start (the lead's creation, else the opening) to the win. */
    static final String JOURNEY_CYCLE = "journeyCycle";

    private Durations() {}

    /** The measure of time spent in {@code stage}. */
    static String inStage(String stage) {
        return "in:" + stage;
    }

    /**
     * Adds the duration from {@code start} to {@code end} under {@code measure}; a negative one
     * (inconsistent back-dating) or one with an unknown start is not measured.
     */
    static Figures measure(Figures figures, String measure, Instant start, Instant end) {
        return measure(figures, measure, start, end, 1);
    }

    /** {@code sign} -1 takes back a duration measured before (a stay a correction says never was). */
    static Figures measure(Figures figures, String measure, Instant start, Instant end, int sign) {
        if (start == null) {
            return figures;
        }
        long millis = Duration.between(start, end).toMillis();
        if (millis < 0) {
            return figures;
        }
        return figures.count(FigureNames.of(COUNT, measure), sign)
                .count(FigureNames.of(MILLIS, measure), sign * millis)
                .count(FigureNames.of(BUCKET, bucketOf(millis / MILLIS_PER_DAY) + "|" + measure), sign);
    }

    static String bucketOf(double days) {
        return days < MAPPING.minIndexableValue() ? ZERO : Integer.toString(MAPPING.index(days));
    }
}
