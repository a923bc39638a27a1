package io.stageflow.kit.domain;

import java.time.Instant;

/**
 * A command's {@code occurredAt}: required, and never before the aggregate's previous change, so an
 * aggregate's history reads in business-time order. Back-dating past that needs a correction.
 */
public final class BusinessTime {
    private BusinessTime() {}

    public static Instant require(Instant occurredAt) {
        if (occurredAt == null) {
            throw new InvalidCommand("occurredAt", "occurredAt is required");
        }
        return occurredAt;
    }

    /** @param kind how the aggregate is named in messages, e.g. "lead" */
    public static void requireNotBefore(Instant occurredAt, Instant previousChange, String kind) {
        require(occurredAt);
        if (occurredAt.isBefore(previousChange)) {
            throw new RuleViolation(
                    "occurredAt " + occurredAt + " is before the " + kind + "'s previous change at " + previousChange);
        }
    }
}
