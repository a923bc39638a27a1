package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the lead moved to {@code stage} at {@code occurredAt}, a time before its latest
 * recorded change, which an ordinary move refuses. {@code reason} says why the record is late.
 */
public record CorrectLeadStage(
        TenantId tenantId,
        @TargetAggregateIdentifier LeadId leadId,
        String stage,
        Instant occurredAt,
        String reason,
        Long expectedVersion) {}
