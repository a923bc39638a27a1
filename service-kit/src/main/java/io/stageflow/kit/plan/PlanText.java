package io.stageflow.kit.plan;

import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.readmodel.QueryParameters;

/**
 * A free-text key part of a plan figure (a rep or team id, a channel, a campaign), trimmed as every
 * stored text is, and within the contract's text type (1 to 200 characters). Case counts: a channel
 * must match the lead sources it is spent on exactly.
 */
public final class PlanText {
    static final int MAX_LENGTH = 200;

    private PlanText() {}

    public static String required(String field, String value) {
        if (value == null) {
            throw new InvalidCommand(field, field + " is required");
        }
        return QueryParameters.text(field, value, MAX_LENGTH);
    }

    /** Absent stays absent; present but blank is a mistake, not "absent". */
    public static String optional(String field, String value) {
        return QueryParameters.text(field, value, MAX_LENGTH);
    }
}
