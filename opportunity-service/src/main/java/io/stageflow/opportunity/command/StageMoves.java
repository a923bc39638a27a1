package io.stageflow.opportunity.command;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.PipelineVersion;

/** Where an opportunity may move on its pipeline version: any other of its stages, forward or back. */
final class StageMoves {
    private StageMoves() {}

    static PipelineVersion pipeline(PipelineCatalog pipelines, TenantId tenant, PipelineId pipeline, int version) {
        return pipelines
                .version(tenant, pipeline, version)
                .orElseThrow(() -> new IllegalStateException("pipeline " + pipeline + " v" + version + " of tenant "
                        + tenant + " is not in the event store"));
    }

    /** The stage as the pipeline names it; {@code current} null allows any stage. */
    static String target(PipelineVersion pipeline, String requested, String current) {
        if (requested == null || requested.isBlank()) {
            throw new InvalidCommand("stage", "stage is required; one of " + pipeline.stageNames());
        }
        int index = pipeline.indexOf(requested);
        if (index < 0) {
            throw new InvalidCommand(
                    "stage",
                    "unknown stage '" + requested.strip() + "' on pipeline " + pipeline.describe()
                            + " (win and lose have their own requests)");
        }
        String target = pipeline.stageNames().get(index);
        if (target.equals(current)) {
            throw new RuleViolation("the opportunity is in " + target + " already");
        }
        return target;
    }
}
