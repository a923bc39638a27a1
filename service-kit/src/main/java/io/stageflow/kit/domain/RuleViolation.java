package io.stageflow.kit.domain;

/** A command that is well-formed but not allowed in the aggregate's current state (HTTP 409). */
public class RuleViolation extends RuntimeException {
    public RuleViolation(String message) {
        super(message);
    }
}
