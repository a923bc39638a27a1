package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** A lost opportunity is open again, in {@code stage}. */
public record OpportunityReopened(TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, String stage)
        implements OpportunityEvent {}
