package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MoveLeadStage(
        TenantId tenantId, @TargetAggregateIdentifier LeadId leadId, String stage, Instant occurredAt) {}
