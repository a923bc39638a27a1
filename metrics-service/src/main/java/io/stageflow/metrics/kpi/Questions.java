package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.TenantId;
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
        if (question.filters().size() > 1) {
            throw new IllegalArgumentException("filter on one dimension at a time (got "
                    + question.filters().keySet() + "): combinations are not pre-aggregated");
        }
        Slice filter = question.filters().entrySet().stream()
                .findFirst()
                .map(e -> Slice.of(e.getKey(), e.getValue()))
                .orElse(Slice.ALL);
        String groupBy = question.groupBy();
        if (groupBy != null && !KpiDimensions.ALL.contains(groupBy)) {
            throw new IllegalArgumentException("unknown groupBy '" + groupBy + "'; known: " + KpiDimensions.ALL);
        }
        return new SliceQuery(
                tenant.value(),
                families,
                DayRange.parse(question.from(), question.to(), zone),
                filter,
                groupBy,
                Grain.parse(question.grain()));
    }
}
