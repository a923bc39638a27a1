package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The opportunity now belongs to account {@code to}; {@code from} is null when it had none. */
public record OpportunityAccountChanged(
        TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, AccountId from, AccountId to)
        implements OpportunityEvent {}
