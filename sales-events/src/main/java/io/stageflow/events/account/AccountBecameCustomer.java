package io.stageflow.events.account;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * The account's first won deal ({@code opportunityId}, for {@code amount}) made it a customer;
 * {@code returning} is true when it had churned before (a win-back). {@code source} is that deal's
 * lead source, the channel that acquired the customer (null when the win did not say it).
 */
public record AccountBecameCustomer(
        TenantId tenantId,
        AccountId accountId,
        Instant occurredAt,
        OpportunityId opportunityId,
        Money amount,
        boolean returning,
        String source)
        implements AccountEvent {

    /** A customer whose acquiring channel is not known. */
    public AccountBecameCustomer(
            TenantId tenantId,
            AccountId accountId,
            Instant occurredAt,
            OpportunityId opportunityId,
            Money amount,
            boolean returning) {
        this(tenantId, accountId, occurredAt, opportunityId, amount, returning, null);
    }
}
