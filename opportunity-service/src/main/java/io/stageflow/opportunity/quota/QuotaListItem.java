package io.stageflow.opportunity.quota;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.kit.plan.PlanEntry;
import io.stageflow.kit.plan.PlanListItem;
import java.time.Instant;

/** One quota in a list, as of its last setting; {@code updatedAt} is when that was recorded. */
record QuotaListItem(
        String quotaId,
        String scope,
        String subjectId,
        Period period,
        Money amount,
        Instant occurredAt,
        Instant updatedAt,
        long version) {
    static QuotaListItem of(PlanListItem item) {
        return new QuotaListItem(
                item.id(),
                item.key().get(PlanEntry.SCOPE),
                item.key().get(PlanEntry.SUBJECT_ID),
                item.period(),
                item.amount(),
                item.occurredAt(),
                item.updatedAt(),
                item.version());
    }
}
