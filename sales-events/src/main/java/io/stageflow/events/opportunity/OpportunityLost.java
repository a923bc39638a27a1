package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** Lost from {@code fromStage}; {@code competitor} is null when no competitor won it. */
public record OpportunityLost(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        String fromStage,
        String reason,
        String competitor)
        implements OpportunityEvent {}
