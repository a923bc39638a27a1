package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateLead(
        TenantId tenantId, @TargetAggregateIdentifier LeadId leadId, Dimensions dimensions, Instant occurredAt) {}
