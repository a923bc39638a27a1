package io.stageflow.opportunity.quota;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.kit.plan.PlanHistory;
import io.stageflow.kit.plan.PlanHistoryEntry;
import java.util.List;

/** A quota with every setting of it, oldest first. */
record QuotaView(
        QuotaId quotaId,
        String scope,
        String subjectId,
        Period period,
        Money amount,
        long version,
        List<PlanHistoryEntry> history) {
    static QuotaView of(QuotaKey key, PlanHistory quota) {
        return new QuotaView(
                key.quotaId(),
                key.scope().name(),
                key.subjectId(),
                key.period(),
                quota.amount(),
                quota.version(),
                quota.history());
    }
}
