package io.stageflow.events.account;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** A customer-to-be: the company opportunities are sold to. */
public record AccountCreated(
        TenantId tenantId,
        AccountId accountId,
        Instant occurredAt,
        String name,
        String industry,
        String region,
        String ownerId)
        implements AccountEvent {}
