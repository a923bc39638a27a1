package io.stageflow.opportunity.command;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches the opportunity to {@code accountId}, an account of the same tenant. */
public record ChangeOpportunityAccount(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        AccountId accountId,
        Instant occurredAt,
        Long expectedVersion) {}
