package io.stageflow.metrics.cube;

import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import java.util.List;
import java.util.Objects;

/**
 * A question to the cells of some families: the tenant's days in {@code range}, of the leads and
 * deals in {@code filter} ({@link Slice#ALL} for all), optionally grouped by the values of one
 * dimension and rolled up by {@code grain}. Figures of the families are added into one.
 */
public record SliceQuery(
        String tenant, List<String> families, DayRange range, Slice filter, String groupBy, Grain grain) {
    public SliceQuery {
        families = List.copyOf(families);
        Objects.requireNonNull(filter, "filter");
        if (groupBy != null && !filter.isAll() && !filter.dimension().equals(groupBy)) {
            throw new IllegalArgumentException("a filter on '" + filter.dimension() + "' combined with groupBy='"
                    + groupBy + "' is not pre-aggregated: filter and group by the same dimension, or use one of them");
        }
    }
}
