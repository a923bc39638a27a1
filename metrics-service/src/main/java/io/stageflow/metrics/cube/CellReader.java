package io.stageflow.metrics.cube;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers a {@link SliceQuery} by adding up cells: one read for the total, one more for groups. An
 * answer is bounded (OWASP API4): at most {@value #MAX_GROUPS} groups and {@value #MAX_FIGURES} sets of
 * figures in all (groups and total, times periods); a larger one is a 400 that says how to narrow it.
 */
public final class CellReader {
    public static final int MAX_GROUPS = 1_000;
    public static final int MAX_FIGURES = 20_000;

    private final CellStore store;
    private final int maxGroups;
    private final int maxFigures;

    public CellReader(CellStore store) {
        this(store, MAX_GROUPS, MAX_FIGURES);
    }

    CellReader(CellStore store, int maxGroups, int maxFigures) {
        this.store = store;
        this.maxGroups = maxGroups;
        this.maxFigures = maxFigures;
    }

    public Breakdown answer(SliceQuery query) {
        Slice filter = query.filter();
        List<Cell> filtered = read(query, filter.dimension(), filter.scope(), filter.isAll() ? null : filter.value());
        List<Breakdown.Group> groups = new ArrayList<>();
        Grouping grouping = query.groupBy();
        if (grouping != null) {
            Map<String, List<Cell>> byValue = new TreeMap<>();
            for (Cell cell : read(query, grouping.dimension(), grouping.scope(), grouping.value())) {
                byValue.computeIfAbsent(grouping.nameOf(cell.key().slice()), v -> new ArrayList<>())
                        .add(cell);
            }
            if (byValue.size() > maxGroups) {
                throw new IllegalArgumentException("groupBy=" + grouping.dimension() + " has " + byValue.size()
                        + " values here, more than the " + maxGroups + " an answer holds: add a filter or narrow"
                        + " the range");
            }
            byValue.forEach(
                    (value, cells) -> groups.add(new Breakdown.Group(value, sum(cells), periods(cells, query))));
        }
        List<Breakdown.Period> periods = periods(filtered, query);
        long figures = (long) (groups.size() + 1) * Math.max(1, periods.size());
        if (figures > maxFigures) {
            throw new IllegalArgumentException("this answer would hold " + figures + " sets of figures ("
                    + groups.size() + " groups and the total × " + periods.size() + " periods), more than "
                    + maxFigures + ": choose a coarser grain, a shorter range or fewer groups");
        }
        return new Breakdown(sum(filtered), groups, periods);
    }

    private List<Cell> read(SliceQuery query, String dimension, String scope, String value) {
        return store.read(
                query.tenant(),
                query.families(),
                dimension,
                scope,
                value,
                query.range().from(),
                query.range().to());
    }

    private static Figures sum(List<Cell> cells) {
        Figures total = new Figures();
        cells.forEach(cell -> total.add(cell.figures()));
        return total;
    }

    private static List<Breakdown.Period> periods(List<Cell> cells, SliceQuery query) {
        if (query.grain() == null) {
            return List.of();
        }
        Map<LocalDate, Figures> byPeriod = new TreeMap<>();
        for (Cell cell : cells) {
            byPeriod.computeIfAbsent(query.grain().periodOf(cell.key().day()), p -> new Figures())
                    .add(cell.figures());
        }
        return byPeriod.entrySet().stream()
                .map(e -> new Breakdown.Period(e.getKey(), e.getValue()))
                .toList();
    }
}
