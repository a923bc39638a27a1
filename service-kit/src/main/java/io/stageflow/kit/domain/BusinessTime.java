package io.stageflow.kit.domain;

import java.time.Instant;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A command's {@code occurredAt}: required, and never before the aggregate's previous change, so an
 * aggregate's history reads in business-time order. Back-dating past that needs a correction.
 */
public final class BusinessTime {
    /**
     * Metadata of a command whose {@code occurredAt} the server chose because the request named
     * none: that instant, as text.
     */
    public static final String SERVER_CHOSEN = "stageflow.occurred-at.server-chosen";

    private BusinessTime() {}

    public static Instant require(Instant occurredAt) {
        if (occurredAt == null) {
            throw new InvalidCommand("occurredAt", "occurredAt is required");
        }
        return occurredAt;
    }

    /**
     * When the change happens: {@code occurredAt}, which must not be before the previous change. A
     * time the server chose means "now", which is never before the previous change: another request,
     * stamped a moment later or by a replica whose clock runs ahead, may have reached the aggregate
     * first. Such a change happens at the previous change's time instead of being refused.
     *
     * @param kind how the aggregate is named in messages, e.g. "lead"
     */
    public static Instant notBefore(Instant occurredAt, Instant previousChange, String kind) {
        require(occurredAt);
        if (!occurredAt.isBefore(previousChange)) {
            return occurredAt;
        }
        if (serverChose(occurredAt)) {
            return previousChange;
        }
        throw new RuleViolation(
                "occurredAt " + occurredAt + " is before the " + kind + "'s previous change at " + previousChange);
    }

    private static boolean serverChose(Instant occurredAt) {
        return CurrentUnitOfWork.isStarted()
                && occurredAt
                        .toString()
                        .equals(CurrentUnitOfWork.get()
                                .getMessage()
                                .getMetaData()
                                .get(SERVER_CHOSEN));
    }
}
