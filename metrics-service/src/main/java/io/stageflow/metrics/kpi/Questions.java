package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Grouping;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import java.time.ZoneId;
import java.util.List;

/** A request's question as a question to the cells, or a 400 saying why the cells cannot answer it. */
final class Questions {
    private Questions() {}

    static SliceQuery sliceQuery(TenantId tenant, KpiQuery.Question question, List<String> families, ZoneId zone) {
        String groupBy = question.groupBy();
        if (groupBy != null && !KpiDimensions.ALL.contains(groupBy)) {
            throw new IllegalArgumentException("unknown groupBy '" + groupBy + "'; known: " + KpiDimensions.ALL);
        }
        List<Slice> filters = question.filters().entrySet().stream()
                .map(e -> Slice.of(e.getKey(), e.getValue()))
                .toList();
        Slice filter;
        Grouping grouping = null;
        if (filters.isEmpty()) {
            filter = Slice.ALL;
        } else if (filters.size() == 1) {
            filter = filters.get(0);
        } else if (filters.size() == 2) {
            filter = SlicePairs.both(filters.get(0), filters.get(1));
            if (groupBy != null) {
                grouping = SlicePairs.grouping(filters.get(0), filters.get(1), groupBy);
            }
        } else {
            throw new IllegalArgumentException("filter on at most two dimensions, one of them team or rep (got "
                    + question.filters().keySet() + ")");
        }
        if (groupBy != null && grouping == null) {
            grouping = SlicePairs.grouping(filter, groupBy);
        }
        return new SliceQuery(
                tenant.value(),
                families,
                DayRange.parse(question.from(), question.to(), zone),
                filter,
                grouping,
                Grain.parse(question.grain()));
    }
}
