package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The caller supplies the new opportunity's id so that the decision, and any replay of it, needs no
 * randomness; {@code currency} null means the default currency, {@code pipelineId} null the tenant's
 * default pipeline, {@code expectedVersion} null (no If-Match) runs the command on any version.
 */
public record ConvertLead(
        TenantId tenantId,
        @TargetAggregateIdentifier LeadId leadId,
        OpportunityId opportunityId,
        BigDecimal amount,
        String currency,
        PipelineId pipelineId,
        Instant occurredAt,
        Long expectedVersion) {}
