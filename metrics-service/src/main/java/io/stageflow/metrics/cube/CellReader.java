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
        List<Cell> filtered = read(
                query,
                query.filter().dimension(),
                query.filter().isAll() ? null : query.filter().value());
        List<Breakdown.Group> groups = new ArrayList<>();
        if (query.groupBy() != null) {
            String only = query.filter().isAll() ? null : query.filter().value();
            Map<String, List<Cell>> byValue = new TreeMap<>();
            for (Cell cell : read(query, query.groupBy(), only)) {
                byValue.computeIfAbsent(cell.key().slice().value(), v -> new ArrayList<>())
                        .add(cell);
            }
            byValue.forEach(
                    (value, cells) -> groups.add(new Breakdown.Group(value, sum(cells), periods(cells, query))));
        }
        return new Breakdown(sum(filtered), groups, periods(filtered, query));
    }

    private List<Cell> read(SliceQuery query, String dimension, String value) {
        return store.read(
                query.tenant(),
                query.families(),
                dimension,
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
