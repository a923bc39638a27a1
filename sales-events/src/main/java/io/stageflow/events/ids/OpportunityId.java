package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record OpportunityId(@JsonValue String value) {
    @JsonCreator
    public OpportunityId {
        Ids.requireMatching("opportunity id", value, Ids.OPAQUE);
    }

    public static OpportunityId random() {
        return new OpportunityId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
