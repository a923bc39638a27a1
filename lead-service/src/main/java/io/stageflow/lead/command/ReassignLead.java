package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the caller's If-Match names; null runs the command on any version. */
public record ReassignLead(
        TenantId tenantId,
        @TargetAggregateIdentifier LeadId leadId,
        String ownerId,
        String teamId,
        Instant occurredAt,
        Long expectedVersion) {}
