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
 */
public record OpportunityWon(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        String fromStage,
        Money amount,
        AccountId accountId)
        implements OpportunityEvent {

    /** A win of an opportunity that belongs to no account. */
    public OpportunityWon(
            TenantId tenantId, OpportunityId opportunityId, Instant occurredAt, String fromStage, Money amount) {
        this(tenantId, opportunityId, occurredAt, fromStage, amount, null);
    }
}
