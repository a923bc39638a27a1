package io.stageflow.opportunity.pipeline;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The pipelines a tenant has, as command handlers and reads need them: consistent with the last
 * command (read from the event store, not a projection). Another tenant's pipeline is not there.
 * A tenant's default pipeline is there before anyone defined it, as version 1 of {@link
 * DefaultPipeline}: opportunities opened before pipelines existed follow exactly that.
 */
public interface PipelineCatalog {
    Optional<PipelineVersion> version(TenantId tenant, PipelineId pipeline, int version);

    /** Every version, oldest first; empty when the tenant has no such pipeline. */
    List<PipelineVersion> versions(TenantId tenant, PipelineId pipeline);

    default Optional<PipelineVersion> latest(TenantId tenant, PipelineId pipeline) {
        List<PipelineVersion> versions = versions(tenant, pipeline);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
