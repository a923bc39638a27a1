package io.stageflow.events.lead;

import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * A lead entered the funnel, in stage {@code stage} (the first stage, {@code NEW}). {@code campaign}
 * and {@code contactRole} are optional and were added later, so events stored before them decode
 * with both null. The role is text, not a Java enum, so a consumer built before a role is added
 * still reads the event.
 */
public record LeadCreated(
        TenantId tenantId,
        LeadId leadId,
        Instant occurredAt,
        String stage,
        Dimensions dimensions,
        String campaign,
        String contactRole)
        implements LeadEvent {

    /** A lead without campaign or contact role, as every lead was created before they existed. */
    public LeadCreated(TenantId tenantId, LeadId leadId, Instant occurredAt, String stage, Dimensions dimensions) {
        this(tenantId, leadId, occurredAt, stage, dimensions, null, null);
    }
}
