package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The tenant every event, document and query is scoped by; taken from the validated token only. */
public record TenantId(@JsonValue String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    @JsonCreator
    public TenantId {
        Ids.requireMatching("tenant id", value, VALID);
    }

    @Override
    public String toString() {
        return value;
    }
}
