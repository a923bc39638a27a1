package io.stageflow.opportunity.quota;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.PlanEntry;
import io.stageflow.kit.plan.PlanListQuery;
import io.stageflow.kit.plan.PlanText;
import java.util.HashMap;
import java.util.Map;

/**
 * The list's query parameters, bound as text and parsed here so that every mistake is a 400 naming
 * its parameter. {@code scope} is as case-insensitive here as in the URL of a quota.
 */
record QuotaListParameters(String period, String year, String scope, String subjectId, String page, String size) {

    PlanListQuery toQuery(TenantId tenant) {
        Map<String, String> filters = new HashMap<>();
        if (scope != null) {
            filters.put(PlanEntry.SCOPE, QuotaScope.parse(scope).name());
        }
        if (subjectId != null) {
            filters.put(PlanEntry.SUBJECT_ID, PlanText.required("subjectId", subjectId));
        }
        return PlanListQuery.of(tenant, filters, period, year, page, size);
    }
}
