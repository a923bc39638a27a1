package io.stageflow.bench.org;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Business time for a journey: random gaps between steps, and nothing after now (a journey still running stops there). */
final class Timeline {
    private final SplittableRandom random;
    private final Instant now;

    Timeline(SplittableRandom random, Instant now) {
        this.random = random;
        this.now = now;
    }

    /** A moment between {@code minDays} and {@code maxDays} after {@code at}; null when that lies in the future. */
    Instant after(Instant at, double minDays, double maxDays) {
        long millis = (long) ((minDays + random.nextDouble() * (maxDays - minDays))
                * Duration.ofDays(1).toMillis());
        Instant next = at.plusMillis(Math.max(1, millis));
        return next.isAfter(now) ? null : next;
    }
}
