package io.stageflow.opportunity.quota;

import io.stageflow.events.Period;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.PlanIds;
import io.stageflow.kit.plan.PlanPeriods;
import io.stageflow.kit.plan.PlanText;
import java.util.Objects;

/** What a quota is for: a tenant's rep or team in a period. It alone decides the quota's id. */
record QuotaKey(TenantId tenant, QuotaScope scope, String subjectId, Period period) {
    QuotaKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        subjectId = PlanText.required("subjectId", subjectId);
    }

    /** From a URL's parts; each mistake is a 400 naming its part. */
    static QuotaKey parse(TenantId tenant, String scope, String subjectId, String period) {
        return new QuotaKey(tenant, QuotaScope.parse(scope), subjectId, PlanPeriods.parse(period));
    }

    QuotaId quotaId() {
        return new QuotaId(PlanIds.derive("quota", tenant, period, scope.name(), subjectId));
    }
}
