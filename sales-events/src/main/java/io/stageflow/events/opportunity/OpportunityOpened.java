package io.stageflow.events.opportunity;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** An opportunity opened in {@code stage}; {@code leadId} is null when it was not converted from a lead. */
public record OpportunityOpened(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        LeadId leadId,
        String stage,
        Money amount,
        Dimensions dimensions)
        implements OpportunityEvent {}
