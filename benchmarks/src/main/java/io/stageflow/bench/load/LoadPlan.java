package io.stageflow.bench.load;

import java.time.Duration;

/**
 * How an open-loop run sends: its rate, a warm-up at that rate that is not measured, the measured
 * window, and how many connections carry the requests.
 *
 * @param connections at most this many requests are in flight, each on a kept-alive connection of
 *     its own; see {@link OpenLoop} for why the number is bounded
 */
public record LoadPlan(int perSecond, Duration warmUp, Duration window, int connections) {
    /** As many as wrk2's examples use against one service: enough to hold the rate, few enough to reuse. */
    public static final int DEFAULT_CONNECTIONS = 32;

    public LoadPlan {
        if (perSecond < 1 || connections < 1) {
            throw new IllegalArgumentException(
                    "a rate and connections of at least 1: " + perSecond + ", " + connections);
        }
    }

    long warmUpCount() {
        return warmUp.toMillis() * perSecond / 1000;
    }

    long total() {
        return warmUpCount() + window.toMillis() * perSecond / 1000;
    }
}
