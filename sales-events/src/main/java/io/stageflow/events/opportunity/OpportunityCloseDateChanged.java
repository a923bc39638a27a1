package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The expected close date was set or moved; {@code fromDate} is null when there was none. Both dates
 * travel so that a consumer can tell a slip (a later date) from a pull-in without an earlier event.
 */
public record OpportunityCloseDateChanged(
        TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, LocalDate fromDate, LocalDate toDate)
        implements OpportunityEvent {}
