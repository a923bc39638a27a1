package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record LeadId(@JsonValue String value) {
    @JsonCreator
    public LeadId {
        Ids.requireMatching("lead id", value, Ids.OPAQUE);
    }

    public static LeadId random() {
        return new LeadId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
