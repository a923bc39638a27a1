package io.stageflow.events;

/** A record that is not a valid event of this contract: unknown type, missing metadata or bad payload. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
