package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the opportunity moved to {@code stage} at {@code occurredAt}, a time before its latest
 * recorded change, which an ordinary move refuses. {@code reason} says why the record is late.
 */
public record CorrectOpportunityStage(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        String stage,
        Instant occurredAt,
        String reason,
        Long expectedVersion) {}
