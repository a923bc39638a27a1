package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.FigureNames;
import io.stageflow.metrics.cube.Figures;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many, and their value per currency (amounts in different currencies are never added).
 * Currencies whose value comes to 0 are left out.
 */
public record Tally(long count, Map<String, BigDecimal> value) {
    static final Tally NONE = new Tally(0, Map.of());

    public Tally {
        Map<String, BigDecimal> nonZero = new TreeMap<>();
        value.forEach((currency, amount) -> {
            if (amount.signum() != 0) {
                nonZero.put(currency, amount);
            }
        });
        value = nonZero;
    }

    Tally plus(Tally other) {
        Map<String, BigDecimal> sum = new TreeMap<>(value);
        other.value.forEach((currency, amount) -> sum.merge(currency, amount, BigDecimal::add));
        return new Tally(count + other.count, sum);
    }

    /** The tallies of one kind in {@code figures} ({@link KpiFigures#tally}), by key. */
    static Map<List<String>, Tally> byKey(Figures figures, String kind) {
        Map<List<String>, Tally> tallies = new HashMap<>();
        figures.counts().forEach((name, count) -> {
            List<String> key = FigureNames.partsOf(kind, name);
            if (key != null) {
                tallies.merge(key, new Tally(count, Map.of()), Tally::plus);
            }
        });
        figures.sums().forEach((name, amount) -> {
            List<String> parts = FigureNames.partsOf(kind + "Value", name);
            if (parts != null) {
                String currency = parts.get(parts.size() - 1);
                tallies.merge(
                        List.copyOf(parts.subList(0, parts.size() - 1)),
                        new Tally(0, Map.of(currency, amount)),
                        Tally::plus);
            }
        });
        return tallies;
    }
}
