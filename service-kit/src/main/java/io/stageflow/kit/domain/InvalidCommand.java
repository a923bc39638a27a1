package io.stageflow.kit.domain;

/** A command whose content is wrong whatever the state, such as an unknown stage (HTTP 400). */
public class InvalidCommand extends RuntimeException {
    public InvalidCommand(String message) {
        super(message);
    }
}
