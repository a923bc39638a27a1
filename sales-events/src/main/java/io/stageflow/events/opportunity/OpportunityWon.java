package io.stageflow.events.opportunity;

import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** Won from {@code fromStage} for {@code amount}, the final deal value. */
public record OpportunityWon(
        TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, String fromStage, Money amount)
        implements OpportunityEvent {}
