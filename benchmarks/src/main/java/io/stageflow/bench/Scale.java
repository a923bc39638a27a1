package io.stageflow.bench;

import java.time.Duration;

/**
 * How much a run does. {@code SMALL} is the CI smoke check, done within about three minutes on two
 * cores with the platform's start included; {@code FULL} is the scale, for people.
 *
 * @param opportunities over both size steps; the first step is a tenth of them
 * @param queryRequests per question, of the metrics service
 * @param duckRuns per question, of DuckDB (the same parameters, the first ones)
 * @param freshnessWindow how long freshness probes are started under background load
 * @param loadWindow each open-loop load (gateway direct, through it, creates, moves)
 * @param warmUp sent before each open-loop window at its rate, not measured
 */
public enum Scale {
    SMALL(200, 20, 5, Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(1)),
    FULL(1_000_000, 500, 30, Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(5));

    private final int opportunities;
    private final int queryRequests;
    private final int duckRuns;
    private final Duration freshnessWindow;
    private final Duration loadWindow;
    private final Duration warmUp;

    Scale(
            int opportunities,
            int queryRequests,
            int duckRuns,
            Duration freshnessWindow,
            Duration loadWindow,
            Duration warmUp) {
        this.opportunities = opportunities;
        this.queryRequests = queryRequests;
        this.duckRuns = duckRuns;
        this.freshnessWindow = freshnessWindow;
        this.loadWindow = loadWindow;
        this.warmUp = warmUp;
    }

    public int opportunities() {
        return opportunities;
    }

    public int queryRequests() {
        return queryRequests;
    }

    public int duckRuns() {
        return duckRuns;
    }

    public Duration freshnessWindow() {
        return freshnessWindow;
    }

    public Duration loadWindow() {
        return loadWindow;
    }

    public Duration warmUp() {
        return warmUp;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
