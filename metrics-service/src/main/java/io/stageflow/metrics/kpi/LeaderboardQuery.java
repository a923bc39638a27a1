package io.stageflow.metrics.kpi;

import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Breakdown;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.Grouping;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.query.DayRange;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * period's days cut in the tenant's zone, with their quota for exactly that period; of one team
     * when {@code team} is given (a manager's board: the team's deals grouped from the team's pair
     * cells, and the quotas of those who had a deal in the team during the period).
     */
    public Leaderboard leaderboard(TenantId tenant, String periodValue, String by, String team) {
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
        Slice filter = team == null ? Slice.ALL : Slice.of(KpiDimensions.TEAM, team);
        Map<String, Figures> deals = byValue(reader.answer(
                new SliceQuery(tenant.value(), DEALS, days, filter, SlicePairs.grouping(filter, dimension), null)));
        Map<String, Figures> quotas = byValue(reader.answer(new SliceQuery(
                tenant.value(),
                List.of(KpiFigures.PLANS),
                new DayRange(period.start(), period.start().plusDays(1)),
                Slice.ALL,
                Grouping.by(dimension),
                null)));
        if (team != null) {
            // Quotas are set per rep or team, not per rep within a team: keep those on the board.
            quotas.keySet().retainAll(dimension.equals(KpiDimensions.TEAM) ? Set.of(team) : deals.keySet());
        }
        return Leaderboard.of(period.value(), dimension, deals, quotas);
    }

    private static Map<String, Figures> byValue(Breakdown breakdown) {
        Map<String, Figures> byValue = new TreeMap<>();
        breakdown.groups().forEach(group -> byValue.put(group.value(), group.total()));
        return byValue;
    }
}
