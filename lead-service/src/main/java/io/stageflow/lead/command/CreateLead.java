package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code campaign} and {@code contactRole} are optional (null). */
public record CreateLead(
        TenantId tenantId,
        @TargetAggregateIdentifier LeadId leadId,
        Dimensions dimensions,
        String campaign,
        ContactRole contactRole,
        Instant occurredAt) {}
