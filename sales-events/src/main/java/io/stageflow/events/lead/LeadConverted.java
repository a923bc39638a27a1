package io.stageflow.events.lead;

import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * The lead became opportunity {@code opportunityId}. It carries the lead's dimensions so the
 * opportunity service can open the opportunity from this event alone. {@code pipelineId} is the
 * pipeline chosen for the opportunity; null means the tenant's default pipeline (and is what every
 * conversion recorded before pipelines existed reads as).
 */
public record LeadConverted(
        TenantId tenantId,
        LeadId leadId,
        Instant occurredAt,
        String fromStage,
        OpportunityId opportunityId,
        Money amount,
        Dimensions dimensions,
        PipelineId pipelineId)
        implements LeadEvent {

    /** A conversion onto the tenant's default pipeline. */
    public LeadConverted(
            TenantId tenantId,
            LeadId leadId,
            Instant occurredAt,
            String fromStage,
            OpportunityId opportunityId,
            Money amount,
            Dimensions dimensions) {
        this(tenantId, leadId, occurredAt, fromStage, opportunityId, amount, dimensions, null);
    }
}
