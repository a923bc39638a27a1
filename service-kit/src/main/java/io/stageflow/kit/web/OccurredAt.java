package io.stageflow.kit.web;

import io.stageflow.kit.domain.InvalidCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Business time of a request: back-dating is allowed, the future only within clock skew. */
public final class OccurredAt {
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private OccurredAt() {}

    public static Instant resolve(Instant requested, Clock clock) {
        Instant now = clock.instant();
        if (requested == null) {
            ServerChosenTime.remember(now);
            return now;
        }
        if (requested.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new InvalidCommand("occurredAt", "occurredAt " + requested + " is in the future");
        }
        return requested;
    }
}
