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
 * @param achievedRate requests due per second in the window, as the scheduler held it
 * @param servedRate 2xx answers per second, from the window's start to the last of them: below the
 *     sending rate when the system could not keep up
 * @param otherStatuses non-2xx answers by status (429: a gateway rate limit)
 * @param timedOut requests unanswered within the client's timeout
 * @param failures requests that failed otherwise (connection errors, broken responses)
 * @param lateSends requests queued more than 1 ms after they were due (the scheduling thread could
 *     not keep up)
 * @param connections how many connections carried the requests, at most one request in flight each
 * @param queued requests that waited more than 1 ms for a free connection: the service answered
 *     more slowly than the connections times the rate allows, and the wait is in their latency
 * @param waitedBefore seconds spent before the run waiting for an earlier run's backlog (-1: gave
 *     up, the run queued behind it)
 * @param note what the reader must know about how the run differed from its plan, or null
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
        int connections,
        long queued,
        double waitedBefore,
        String note) {

    LoadOutcome afterWaiting(double seconds) {
        return with(seconds, note);
    }

    LoadOutcome noting(String text) {
        return with(waitedBefore, text);
    }

    private LoadOutcome with(double waited, String text) {
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
                connections,
                queued,
                waited,
                text);
    }

    public long errors() {
        return otherStatuses.values().stream().mapToLong(Long::longValue).sum() + timedOut + failures;
    }

    /** For the report's notes: what was not a 2xx, and whether the rate was held. */
    public String describe() {
        StringBuilder text = new StringBuilder(
                String.format("%,d due at %,.0f/s, %,d 2xx served at %,.0f/s", sent, achievedRate, ok, servedRate));
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
        if (queued > 0) {
            text.append(String.format(", %,d waited for one of the %d connections", queued, connections));
        } else {
            text.append(String.format(", over %d connections", connections));
        }
        if (lateSends > 0) {
            text.append(String.format(", %,d scheduled >1 ms late", lateSends));
        }
        if (waitedBefore != 0) {
            text.append("; ").append(Backlog.describe(waitedBefore));
        }
        if (note != null) {
            text.append("; ").append(note);
        }
        return text.toString();
    }
}
