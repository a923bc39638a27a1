package io.stageflow.opportunity.pipeline.web;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.opportunity.pipeline.PipelineDefinition;
import io.stageflow.opportunity.pipeline.PipelineVersion;
import java.time.Instant;
import java.util.List;

/**
 * One version of a pipeline as the API shows it. {@code latestVersion} tells whether newer versions
 * exist; {@code definedAt} is null for a default pipeline nobody has used yet.
 */
record PipelineView(
        PipelineId pipelineId,
        int version,
        int latestVersion,
        boolean isDefault,
        String name,
        List<PipelineStage> stages,
        String qualifyingStage,
        Integer rottenAfterDays,
        Instant definedAt) {

    static PipelineView of(PipelineVersion version, int latestVersion) {
        PipelineDefinition definition = version.definition();
        return new PipelineView(
                version.pipelineId(),
                version.version(),
                latestVersion,
                version.pipelineId().equals(PipelineId.defaultFor(version.tenantId())),
                definition.name(),
                definition.stages(),
                definition.qualifyingStage(),
                definition.rottenAfterDays(),
                Instant.EPOCH.equals(version.definedAt()) ? null : version.definedAt());
    }
}
