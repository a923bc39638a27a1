package io.stageflow.metrics.cube;

import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import java.util.List;
import java.util.Objects;

/**
 * A question to the cells of some families: the tenant's days in {@code range}, of the leads and
 * deals in {@code filter} ({@link Slice#ALL} for all), optionally grouped ({@code groupBy}, null for
 * none) and rolled up by {@code grain}. Figures of the families are added into one.
 */
public record SliceQuery(
        String tenant, List<String> families, DayRange range, Slice filter, Grouping groupBy, Grain grain) {
    public SliceQuery {
        families = List.copyOf(families);
        Objects.requireNonNull(filter, "filter");
    }
}
