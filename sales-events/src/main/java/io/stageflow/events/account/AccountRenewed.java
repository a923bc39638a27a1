package io.stageflow.events.account;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer renewed its contract, optionally for {@code amount} and until {@code renewedUntil}
 * (either may be null).
 */
public record AccountRenewed(
        TenantId tenantId, AccountId accountId, Instant occurredAt, Money amount, LocalDate renewedUntil)
        implements AccountEvent {}
