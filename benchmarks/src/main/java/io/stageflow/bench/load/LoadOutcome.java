package io.stageflow.bench.load;

import io.stageflow.bench.Latencies;
import java.util.Map;

/**
 * What an open-loop run measured.
 *
 * @param latencies of the 2xx answers and of the requests that timed out (at their wait, a lower
 *     bound), from when each request was due
 * @param ok 2xx answers
 * @param sent requests in the measured window
 * @param achievedRate requests sent per second in the window
 * @param servedRate 2xx answers per second, from the window's start to the last of them: below the
 *     sending rate when the system could not keep up
 * @param otherStatuses non-2xx answers by status (429: a gateway rate limit)
 * @param timedOut requests unanswered within the client's timeout
 * @param failures requests that failed otherwise (connection errors, broken responses)
 * @param lateSends requests sent more than 1 ms after they were due (the sender could not keep up)
 * @param waitedBefore seconds spent before the run waiting for an earlier run's backlog (-1: gave
 *     up, the run queued behind it)
 */
public record LoadOutcome(
        Latencies latencies,
        long sent,
        double achievedRate,
        long ok,
        double servedRate,
        Map<Integer, Long> otherStatuses,
        long timedOut,
        long failures,
        String firstFailure,
        long lateSends,
        double waitedBefore) {

    LoadOutcome afterWaiting(double seconds) {
        return new LoadOutcome(
                latencies,
                sent,
                achievedRate,
                ok,
                servedRate,
                otherStatuses,
                timedOut,
                failures,
                firstFailure,
                lateSends,
                seconds);
    }

    public long errors() {
        return otherStatuses.values().stream().mapToLong(Long::longValue).sum() + timedOut + failures;
    }

    /** For the report's notes: what was not a 2xx, and whether the rate was held. */
    public String describe() {
        StringBuilder text = new StringBuilder(
                String.format("%,d sent at %,.0f/s, %,d 2xx served at %,.0f/s", sent, achievedRate, ok, servedRate));
        if (timedOut > 0) {
            text.append(String.format(
                    ", %,d timed out after %d s (timed at their wait: percentiles from there on are lower bounds)",
                    timedOut, LoadUsers.TIMEOUT.toSeconds()));
        }
        if (!otherStatuses.isEmpty()) {
            text.append(", non-2xx ").append(otherStatuses);
        }
        if (failures > 0) {
            text.append(", ")
                    .append(failures)
                    .append(" failed (")
                    .append(firstFailure)
                    .append(')');
        }
        if (waitedBefore != 0) {
            text.append("; ").append(Backlog.describe(waitedBefore));
        }
        if (lateSends > 0) {
            text.append(String.format(", %,d sent >1 ms late", lateSends));
        }
        return text.toString();
    }
}
