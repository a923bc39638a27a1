package io.stageflow.metrics.kpi;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Breakdown;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.query.DayRange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The reps or teams of a planning period against their quotas, from the cells. */
@Component
public class LeaderboardQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final CellReader reader;

    public LeaderboardQuery(KpiCells cells) {
        this.reader = new CellReader(cells.cells());
    }

    /**
     * Reps or teams over one planning period ({@code 2026}, {@code 2026-Q3}, {@code 2026-07}), the
     * period's days cut in the tenant's zone, with their quota for exactly that period.
     */
    public Leaderboard leaderboard(TenantId tenant, String periodValue, String by) {
        String dimension = by == null ? KpiDimensions.REP : by;
        if (!dimension.equals(KpiDimensions.REP) && !dimension.equals(KpiDimensions.TEAM)) {
            throw new IllegalArgumentException("by must be rep or team, not '" + by + "'");
        }
        if (periodValue == null) {
            throw new IllegalArgumentException(
                    "give the period: a year (2026), a quarter (2026-Q3) or a month (2026-07)");
        }
        Period period = new Period(periodValue);
        DayRange days = new DayRange(period.start(), period.end());
        Map<String, Figures> deals =
                byValue(reader.answer(new SliceQuery(tenant.value(), DEALS, days, Slice.ALL, dimension, null)));
        Map<String, Figures> quotas = byValue(reader.answer(new SliceQuery(
                tenant.value(),
                List.of(KpiFigures.PLANS),
                new DayRange(period.start(), period.start().plusDays(1)),
                Slice.ALL,
                dimension,
                null)));
        return Leaderboard.of(period.value(), dimension, deals, quotas);
    }

    private static Map<String, Figures> byValue(Breakdown breakdown) {
        Map<String, Figures> byValue = new TreeMap<>();
        breakdown.groups().forEach(group -> byValue.put(group.value(), group.total()));
        return byValue;
    }
}
