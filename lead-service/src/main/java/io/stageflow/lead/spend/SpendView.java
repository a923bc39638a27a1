package io.stageflow.lead.spend;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.SpendId;
import io.stageflow.kit.plan.PlanHistory;
import io.stageflow.kit.plan.PlanHistoryEntry;
import java.util.List;

/** A spend with every setting of it, oldest first. */
record SpendView(
        SpendId spendId,
        String channel,
        String campaign,
        Period period,
        Money amount,
        long version,
        List<PlanHistoryEntry> history) {
    static SpendView of(SpendKey key, PlanHistory spend) {
        return new SpendView(
                key.spendId(),
                key.channel(),
                key.campaign(),
                key.period(),
                spend.amount(),
                spend.version(),
                spend.history());
    }
}
