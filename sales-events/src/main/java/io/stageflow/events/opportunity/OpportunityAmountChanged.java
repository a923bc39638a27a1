package io.stageflow.events.opportunity;

import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The expected deal value changed; it carries the previous value so a consumer needs no earlier event. */
public record OpportunityAmountChanged(
        TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, Money from, Money to)
        implements OpportunityEvent {}
