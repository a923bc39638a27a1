package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.events.plan.QuotaSet;
import java.math.BigDecimal;
import java.time.Instant;

/** Settings as the kit's tests need them: ids derived from their keys, as the services derive them. */
final class PlanSamples {
    static final TenantId ACME = new TenantId("acme");
    static final Instant BUSINESS_TIME = Instant.parse("2026-09-15T09:00:00Z");

    private PlanSamples() {}

    static PlanEntry quota(String subjectId, String period, String amount) {
        return quota(ACME, "REP", subjectId, period, amount);
    }

    static PlanEntry quota(TenantId tenant, String scope, String subjectId, String period, String amount) {
        return PlanEntry.of(quotaSet(tenant, scope, subjectId, period, amount, null));
    }

    static QuotaSet quotaSet(
            TenantId tenant, String scope, String subjectId, String period, String amount, String previous) {
        Period in = new Period(period);
        QuotaId id = new QuotaId(PlanIds.derive("quota", tenant, in, scope, subjectId));
        return new QuotaSet(tenant, id, BUSINESS_TIME, scope, subjectId, in, eur(amount), eur(previous));
    }

    static PlanEntry spend(String channel, String campaign, String period, String amount) {
        Period in = new Period(period);
        SpendId id = new SpendId(PlanIds.derive("spend", ACME, in, channel, campaign));
        return PlanEntry.of(new MarketingSpendSet(ACME, id, BUSINESS_TIME, channel, campaign, in, eur(amount), null));
    }

    static Money eur(String amount) {
        return amount == null ? null : new Money(new BigDecimal(amount), "EUR");
    }

    /** Recorded times a second apart, in sequence order. */
    static Instant recordedAt(long sequence) {
        return Instant.parse("2026-09-16T10:00:00Z").plusSeconds(sequence);
    }
}
