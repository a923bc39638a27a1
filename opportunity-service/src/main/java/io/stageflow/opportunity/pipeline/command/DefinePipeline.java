package io.stageflow.opportunity.pipeline.command;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.opportunity.pipeline.PipelineDefinition;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a pipeline at version 1. With {@code ifMissing} an existing pipeline is left as it is and
 * the command succeeds: that is how a tenant's default pipeline comes into being on first use.
 */
public record DefinePipeline(
        TenantId tenantId,
        @TargetAggregateIdentifier PipelineId pipelineId,
        PipelineDefinition definition,
        Instant occurredAt,
        boolean ifMissing) {}
