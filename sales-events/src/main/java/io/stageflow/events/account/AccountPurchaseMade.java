package io.stageflow.events.account;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/** A further won deal of an account that already is a customer. */
public record AccountPurchaseMade(
        TenantId tenantId, AccountId accountId, Instant occurredAt, OpportunityId opportunityId, Money amount)
        implements AccountEvent {}
