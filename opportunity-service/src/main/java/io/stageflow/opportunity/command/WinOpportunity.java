package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code amount} is the final deal value in the opportunity's currency; null keeps the current amount.
 * {@code expectedVersion} null (no If-Match) runs the command on any version.
 */
public record WinOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        BigDecimal amount,
        Instant occurredAt,
        Long expectedVersion) {}
