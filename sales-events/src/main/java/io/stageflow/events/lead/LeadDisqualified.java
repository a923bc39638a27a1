package io.stageflow.events.lead;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The lead left the funnel from {@code stage}; it counts for the stages it had reached. */
public record LeadDisqualified(TenantId tenantId, LeadId leadId, Instant occurredAt, String stage, String reason)
        implements LeadEvent {}
