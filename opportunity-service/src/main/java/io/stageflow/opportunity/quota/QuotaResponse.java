package io.stageflow.opportunity.quota;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.kit.plan.PlanOutcome;

/** What a PUT answers: the quota as it now is; {@code version} is also its ETag. */
record QuotaResponse(QuotaId quotaId, String scope, String subjectId, Period period, Money amount, long version) {
    static QuotaResponse of(QuotaKey key, PlanOutcome outcome) {
        return new QuotaResponse(
                key.quotaId(), key.scope().name(), key.subjectId(), key.period(), outcome.amount(), outcome.version());
    }
}
