package io.stageflow.opportunity.account.command;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code expectedVersion} is the version the caller's If-Match names; null runs the command on any version. */
public record ChurnAccount(
        TenantId tenantId,
        @TargetAggregateIdentifier AccountId accountId,
        String reason,
        Instant occurredAt,
        Long expectedVersion) {}
