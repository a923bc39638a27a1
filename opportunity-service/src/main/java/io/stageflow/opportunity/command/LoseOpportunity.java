package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code competitor} is null when no competitor won the deal; {@code expectedVersion} null (no
 * If-Match) runs the command on any version.
 */
public record LoseOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        String reason,
        String competitor,
        Instant occurredAt,
        Long expectedVersion) {}
