package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Re-opens a lost opportunity in {@code stage}; null means the stage it was lost from. */
public record ReopenOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        String stage,
        Instant occurredAt,
        Long expectedVersion) {}
