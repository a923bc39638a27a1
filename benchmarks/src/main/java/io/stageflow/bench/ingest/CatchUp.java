package io.stageflow.bench.ingest;

import io.stageflow.bench.Progress;
import io.stageflow.bench.http.Api;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Waits until the metrics service has projected everything on the topics: its status's {@code lag}
 * (records not yet projected, over every partition of every contract topic) is 0. The lag comes from
 * the projection's stored token, which advances only after a batch's writes, so 0 means visible.
 */
public final class CatchUp {
    private static final Duration POLL = Duration.ofMillis(100);
    /** A projection that makes no progress for this long is reported as stuck, not waited for. */
    private static final Duration STALL = Duration.ofMinutes(3);

    private final Api metrics;
    private final PrintStream out;

    public CatchUp(Api metrics, PrintStream out) {
        this.metrics = metrics;
        this.out = out;
    }

    public long lag() {
        return metrics.getJson("/api/metrics/status").path("lag").asLong(-1);
    }

    /**
     * @param expected records the wait is about, for the progress line
     * @return when lag 0 was first seen ({@link System#nanoTime()})
     */
    public long await(String phase, long expected) {
        Progress progress = new Progress(out, phase);
        long best = Long.MAX_VALUE;
        long lastProgress = System.nanoTime();
        while (true) {
            long lag = lag();
            long seen = System.nanoTime();
            if (lag == 0) {
                return seen;
            }
            if (lag < best) {
                best = lag;
                lastProgress = seen;
            } else if (seen - lastProgress > STALL.toNanos()) {
                throw new IllegalStateException("the metrics projection made no progress for " + STALL + "; lag still "
                        + lag + " records (see the metrics-service log)");
            }
            progress.update(Math.max(0, expected - lag), expected, "records projected (lag " + lag + ")");
            sleep(POLL);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
