package io.stageflow.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** A latency histogram in nanoseconds (HdrHistogram, 3 significant digits), read in milliseconds. */
public final class Latencies {
    private final Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);

    public synchronized void record(long nanos) {
        histogram.recordValue(Math.min(Math.max(0, nanos), histogram.getHighestTrackableValue()));
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    /** NaN when nothing was recorded: no answer is not a latency of 0. */
    public synchronized double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public synchronized double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1e6;
    }
}
