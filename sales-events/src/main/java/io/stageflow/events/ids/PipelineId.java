package io.stageflow.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record PipelineId(@JsonValue String value) {
    @JsonCreator
    public PipelineId {
        Ids.requireMatching("pipeline id", value, Ids.OPAQUE);
    }

    /**
     * The id of a tenant's default pipeline. Fixed per tenant, so that it can be created on first
     * use by whichever request comes first, and so that every service can name it without asking.
     */
    public static PipelineId defaultFor(TenantId tenant) {
        return new PipelineId("default." + tenant.value());
    }

    public static PipelineId random() {
        return new PipelineId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
