package io.stageflow.events.opportunity;

import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * Won from {@code fromStage} for {@code amount}, the final deal value, by account {@code accountId}
 * (null when the opportunity belongs to no account, as every win recorded before accounts existed).
 * {@code source} is the opportunity's lead source, carried so that the account it makes a customer
 * knows the channel that won it (null on wins recorded before it was carried).
 */
public record OpportunityWon(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        String fromStage,
        Money amount,
        AccountId accountId,
        String source)
        implements OpportunityEvent {

    /** A win of an opportunity that belongs to no account. */
    public OpportunityWon(
            TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, String fromStage, Money amount) {
        this(tenantId, opportunityId, occurredAt, fromStage, amount, null, null);
    }

    /** A win that does not say its source. */
    public OpportunityWon(
            TenantId tenantId,
            OpportunityId opportunityId,
            Instant occurredAt,
            String fromStage,
            Money amount,
            AccountId accountId) {
        this(tenantId, opportunityId, occurredAt, fromStage, amount, accountId, null);
    }
}
