package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the caller's If-Match names; null runs the command on any version. */
public record ReassignOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        String ownerId,
        String teamId,
        Instant occurredAt,
        Long expectedVersion) {}
