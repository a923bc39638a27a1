package io.stageflow.events.lead;

import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** A lead entered the funnel, in stage {@code stage} (the first stage, {@code NEW}). */
public record LeadCreated(TenantId tenantId, LeadId leadId, Instant occurredAt, String stage, Dimensions dimensions)
        implements LeadEvent {}
