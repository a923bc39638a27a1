package io.stageflow.kit.plan;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.Paging;
import java.util.Map;
import java.util.Objects;

/**
 * Which page of a tenant's figures to list. {@code keyFilters} are exact matches on key parts (by
 * contract field name, already in their canonical form); {@code period} matches one period exactly,
 * {@code year} every period within that year (2026, 2026-Q1…Q4, 2026-01…12). Null matches all.
 */
public record PlanListQuery(
        TenantId tenant, Map<String, String> keyFilters, Period period, Integer year, Paging paging) {

    public PlanListQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(paging, "paging");
        keyFilters = Map.copyOf(keyFilters);
    }

    /** From the request parameters as sent; each mistake is an InvalidCommand naming its parameter. */
    public static PlanListQuery of(
            TenantId tenant, Map<String, String> keyFilters, String period, String year, String page, String size) {
        return new PlanListQuery(
                tenant, keyFilters, PlanPeriods.optional(period), PlanPeriods.year(year), Paging.of(page, size));
    }
}
