package io.stageflow.events.account;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** The customer stopped buying, for {@code reason}. */
public record AccountChurned(TenantId tenantId, AccountId accountId, Instant occurredAt, String reason)
        implements AccountEvent {}
