package io.stageflow.kit.domain;

/**
 * A command whose content is wrong whatever the state, such as an unknown stage (HTTP 400). When
 * one field is to blame, {@link #field()} names it so the problem response can point at it.
 */
public class InvalidCommand extends RuntimeException {
    private final String field;

    public InvalidCommand(String message) {
        this(null, message);
    }

    public InvalidCommand(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the command as a whole is. */
    public String field() {
        return field;
    }
}
