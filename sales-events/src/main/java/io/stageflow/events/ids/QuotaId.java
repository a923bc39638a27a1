package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record QuotaId(@JsonValue String value) {
    @JsonCreator
    public QuotaId {
        Ids.requireMatching("quota id", value, Ids.OPAQUE);
    }

    public static QuotaId random() {
        return new QuotaId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
