package io.stageflow.events.lead;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The lead changed hands; it carries the previous owner and team so a consumer needs no earlier event. */
public record LeadReassigned(
        TenantId tenantId,
        LeadId leadId,
        Instant occurredAt,
        String fromOwnerId,
        String fromTeamId,
        String ownerId,
        String teamId)
        implements LeadEvent {}
