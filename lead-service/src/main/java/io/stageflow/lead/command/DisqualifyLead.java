package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DisqualifyLead(
        TenantId tenantId, @TargetAggregateIdentifier LeadId leadId, String reason, Instant occurredAt) {}
