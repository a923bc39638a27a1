package io.stageflow.opportunity.pipeline.command;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.opportunity.pipeline.PipelineDefinition;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines the next version; {@code expectedVersion} is the pipeline version If-Match names, or null. */
public record RevisePipeline(
        TenantId tenantId,
        @TargetAggregateIdentifier PipelineId pipelineId,
        PipelineDefinition definition,
        Instant occurredAt,
        Long expectedVersion) {}
