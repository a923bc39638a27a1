package io.stageflow.lead.command;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;

/**
 * The pipelines a conversion may open its opportunity on. Pipelines are defined elsewhere, so the
 * lead service knows them from their events, a moment after each definition.
 */
@FunctionalInterface
public interface KnownPipelines {
    boolean exists(TenantId tenant, PipelineId pipeline);

    /**
     * Accepts no pipeline and the tenant's default one (which every tenant has, defined or not), and
     * any other pipeline only if the tenant defined it; else an {@link InvalidCommand} naming {@code field}.
     */
    default void requireChoosable(TenantId tenant, String field, PipelineId pipeline) {
        if (pipeline == null || pipeline.equals(PipelineId.defaultFor(tenant)) || exists(tenant, pipeline)) {
            return;
        }
        throw new InvalidCommand(field, "no pipeline " + pipeline + " for this tenant");
    }
}
