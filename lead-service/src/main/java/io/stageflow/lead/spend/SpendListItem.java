package io.stageflow.lead.spend;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.kit.plan.PlanEntry;
import io.stageflow.kit.plan.PlanListItem;
import java.time.Instant;

/**
 * One spend in a list, as of its last setting; {@code updatedAt} is when that was recorded and
 * {@code campaign} is null for the whole channel.
 */
record SpendListItem(
        String spendId,
        String channel,
        String campaign,
        Period period,
        Money amount,
        Instant occurredAt,
        Instant updatedAt,
        long version) {
    static SpendListItem of(PlanListItem item) {
        return new SpendListItem(
                item.id(),
                item.key().get(PlanEntry.CHANNEL),
                item.key().get(PlanEntry.CAMPAIGN),
                item.period(),
                item.amount(),
                item.occurredAt(),
                item.updatedAt(),
                item.version());
    }
}
