package io.stageflow.events.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * Marketing spent {@code amount} on lead source {@code channel} (and {@code campaign}, null for the
 * channel as a whole) in {@code period}; {@code previous} is what was recorded before, null the
 * first time. CAC divides this spend by the customers won.
 */
public record MarketingSpendSet(
        TenantId tenantId,
        SpendId spendId,
        Instant occurredAt,
        String channel,
        String campaign,
        Period period,
        Money amount,
        Money previous)
        implements PlanEvent {

    @Override
    public String aggregateId() {
        return spendId.value();
    }
}
