package io.stageflow.metrics.cube;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Answers a {@link SliceQuery} by adding up cells: one read for the total, one more for groups. */
public final class CellReader {
    private final CellStore store;

    public CellReader(CellStore store) {
        this.store = store;
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
            byValue.forEach(
                    (value, cells) -> groups.add(new Breakdown.Group(value, sum(cells), periods(cells, query))));
        }
        return new Breakdown(sum(filtered), groups, periods(filtered, query));
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
