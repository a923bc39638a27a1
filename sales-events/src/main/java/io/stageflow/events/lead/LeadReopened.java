package io.stageflow.events.lead;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** A disqualified lead is back in the funnel, in {@code stage}, the stage it was disqualified from. */
public record LeadReopened(TenantId tenantId, LeadId leadId, Instant occurredAt, String stage) implements LeadEvent {}
