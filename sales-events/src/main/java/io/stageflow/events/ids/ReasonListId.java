package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record ReasonListId(@JsonValue String value) {
    @JsonCreator
    public ReasonListId {
        Ids.requireMatching("reason list id", value, Ids.OPAQUE);
    }

    public static ReasonListId random() {
        return new ReasonListId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
