package io.stageflow.bench.load;

import io.stageflow.bench.http.Api;
import java.time.Duration;

/**
 * A service that was sent more than it can serve keeps working through the requests its callers
 * gave up on. The next measured load would queue behind them, so each waits until a single request
 * is answered promptly a few times in a row, for at most {@link #LIMIT}.
 */
final class Backlog {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration PROMPT = Duration.ofMillis(500);
    private static final int IN_A_ROW = 3;

    private Backlog() {}

    /** @return seconds waited, or -1 when the service was still slow after {@link #LIMIT} */
    static double drain(Api api, String path) {
        long started = System.nanoTime();
        int prompt = 0;
        while (prompt < IN_A_ROW) {
            if (System.nanoTime() - started > LIMIT.toNanos()) {
                return -1;
            }
            long sent = System.nanoTime();
            try {
                boolean ok = api.send(api.get(path)).statusCode() / 100 == 2;
                prompt = ok && System.nanoTime() - sent < PROMPT.toNanos() ? prompt + 1 : 0;
            } catch (RuntimeException timedOut) {
                prompt = 0;
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    static String describe(double waited) {
        return waited < 0
                ? "still slow after 60 s of waiting for the previous run's backlog"
                : String.format("%.1f s waited for the previous run's backlog", waited);
    }
}
