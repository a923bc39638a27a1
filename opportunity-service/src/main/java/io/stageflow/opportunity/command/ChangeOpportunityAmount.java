package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code currency} null keeps the current one; {@code expectedVersion} null runs the command on any version. */
public record ChangeOpportunityAmount(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        BigDecimal amount,
        String currency,
        Instant occurredAt,
        Long expectedVersion) {}
