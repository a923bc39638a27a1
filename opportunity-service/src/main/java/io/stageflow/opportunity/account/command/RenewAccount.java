package io.stageflow.opportunity.account.command;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code amount} with its {@code currency}, and {@code renewedUntil}, are optional (null);
 * {@code expectedVersion} null runs the command on any version.
 */
public record RenewAccount(
        TenantId tenantId,
        @TargetAggregateIdentifier AccountId accountId,
        BigDecimal amount,
        String currency,
        LocalDate renewedUntil,
        Instant occurredAt,
        Long expectedVersion) {}
