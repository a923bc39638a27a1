package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the caller's If-Match names; null runs the command on any version. */
public record ChangeExpectedCloseDate(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        LocalDate expectedCloseDate,
        Instant occurredAt,
        Long expectedVersion) {}
