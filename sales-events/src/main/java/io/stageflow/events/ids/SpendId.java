package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record SpendId(@JsonValue String value) {
    @JsonCreator
    public SpendId {
        Ids.requireMatching("spend id", value, Ids.OPAQUE);
    }

    public static SpendId random() {
        return new SpendId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
