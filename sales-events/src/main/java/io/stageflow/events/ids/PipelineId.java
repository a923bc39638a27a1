package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record PipelineId(@JsonValue String value) {
    @JsonCreator
    public PipelineId {
        Ids.requireMatching("pipeline id", value, Ids.OPAQUE);
    }

    public static PipelineId random() {
        return new PipelineId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
