package io.stageflow.lead.spend;

import io.stageflow.events.Period;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.PlanIds;
import io.stageflow.kit.plan.PlanPeriods;
import io.stageflow.kit.plan.PlanText;
import java.util.Objects;

/**
 * What a spend is for: a tenant's lead source channel, one of its campaigns or (campaign null) the
 * channel outside any campaign, in a period. It alone decides the spend's id.
 */
record SpendKey(TenantId tenant, String channel, String campaign, Period period) {
    SpendKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        channel = PlanText.required("channel", channel);
        campaign = PlanText.optional("campaign", campaign);
    }

    /** From a URL's parts; each mistake is a 400 naming its part. */
    static SpendKey parse(TenantId tenant, String channel, String campaign, String period) {
        return new SpendKey(tenant, channel, campaign, PlanPeriods.parse(period));
    }

    SpendId spendId() {
        return new SpendId(PlanIds.derive("spend", tenant, period, channel, campaign));
    }
}
