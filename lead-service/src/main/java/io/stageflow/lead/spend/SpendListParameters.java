package io.stageflow.lead.spend;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.PlanEntry;
import io.stageflow.kit.plan.PlanListQuery;
import io.stageflow.kit.plan.PlanText;
import java.util.HashMap;
import java.util.Map;

/** The list's query parameters, bound as text and parsed here so that every mistake is a 400 naming it. */
record SpendListParameters(String period, String year, String channel, String campaign, String page, String size) {

    PlanListQuery toQuery(TenantId tenant) {
        Map<String, String> filters = new HashMap<>();
        if (channel != null) {
            filters.put(PlanEntry.CHANNEL, PlanText.required("channel", channel));
        }
        if (campaign != null) {
            filters.put(PlanEntry.CAMPAIGN, PlanText.required("campaign", campaign));
        }
        return PlanListQuery.of(tenant, filters, period, year, page, size);
    }
}
