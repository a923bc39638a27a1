package io.stageflow.opportunity.account.command;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateAccount(
        TenantId tenantId,
        @TargetAggregateIdentifier AccountId accountId,
        String name,
        String industry,
        String region,
        String ownerId,
        Instant occurredAt) {}
