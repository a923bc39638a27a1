package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

public record OpportunityStageChanged(
        TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, String fromStage, String toStage)
        implements OpportunityEvent {}
