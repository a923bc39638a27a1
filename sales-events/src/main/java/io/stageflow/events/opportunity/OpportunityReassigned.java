package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The opportunity changed hands; it carries the previous owner and team so a consumer needs no earlier event. */
public record OpportunityReassigned(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        String fromOwnerId,
        String fromTeamId,
        String ownerId,
        String teamId)
        implements OpportunityEvent {}
