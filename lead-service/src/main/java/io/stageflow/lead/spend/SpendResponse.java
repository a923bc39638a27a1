package io.stageflow.lead.spend;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.SpendId;
import io.stageflow.kit.plan.PlanOutcome;

/** What a PUT answers: the spend as it now is; {@code campaign} null for the whole channel. */
record SpendResponse(SpendId spendId, String channel, String campaign, Period period, Money amount, long version) {
    static SpendResponse of(SpendKey key, PlanOutcome outcome) {
        return new SpendResponse(
                key.spendId(), key.channel(), key.campaign(), key.period(), outcome.amount(), outcome.version());
    }
}
