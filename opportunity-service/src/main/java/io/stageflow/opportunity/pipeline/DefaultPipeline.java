package io.stageflow.opportunity.pipeline;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineStage;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline every tenant starts with, as version 1 of its default pipeline. It asks for no entry
 * criteria, so that a tenant that never configures anything runs exactly as before pipelines existed.
 */
public final class DefaultPipeline {
    public static final PipelineDefinition DEFINITION = new PipelineDefinition(
            "Default",
            List.of(
                    new PipelineStage("NEEDS_ANALYSIS", 10, List.of()),
                    new PipelineStage("PROPOSAL", 30, List.of()),
                    new PipelineStage("QUOTE", 60, List.of()),
                    new PipelineStage("NEGOTIATION", 80, List.of())),
            "PROPOSAL",
            30);

    private DefaultPipeline() {}

    /** Version 1 of the tenant's default pipeline, whether or not it has been recorded yet. */
    public static PipelineVersion versionOne(TenantId tenant) {
        return new PipelineVersion(tenant, PipelineId.defaultFor(tenant), 1, DEFINITION, Instant.EPOCH);
    }
}
