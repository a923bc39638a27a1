package io.stageflow.metrics.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.stageflow.metrics.cube.Breakdown;
import io.stageflow.metrics.cube.Figures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A KPI over the whole range, with {@code groups} (one per value of the {@code groupBy} dimension)
 * and {@code periods} (one per grain) when asked for. The KPI's own fields come first, unwrapped, so
 * a plain question gets a plain answer such as {@code {"won":3,"lost":1,"winRate":0.75}}.
 */
public record Report<T>(
        @JsonUnwrapped T total,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Group<T>> groups,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Period<T>> periods) {

    public record Group<T>(
            String value,
            @JsonUnwrapped T total,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Period<T>> periods) {}

    public record Period<T>(LocalDate period, @JsonUnwrapped T value) {}

    public static <T> Report<T> of(Breakdown breakdown, Function<Figures, T> kpi) {
        return new Report<>(
                kpi.apply(breakdown.total()),
                breakdown.groups().stream()
                        .map(g -> new Group<>(g.value(), kpi.apply(g.total()), periods(g.periods(), kpi)))
                        .toList(),
                periods(breakdown.periods(), kpi));
    }

    /**
     * A KPI of two answers over the same slices, such as the state before a range and the changes in
     * it: the totals together, and each group with the same group of the other (empty figures where
     * one answer has no such group). Each period of the second answer goes with the first advanced
     * by the second's earlier periods: the state at that period's start.
     */
    public static <T> Report<T> of(Breakdown first, Breakdown second, BiFunction<Figures, Figures, T> kpi) {
        Map<String, Figures> firsts = new TreeMap<>();
        Map<String, Breakdown.Group> seconds = new TreeMap<>();
        first.groups().forEach(g -> firsts.put(g.value(), g.total()));
        second.groups().forEach(g -> seconds.put(g.value(), g));
        Set<String> values = new TreeSet<>(firsts.keySet());
        values.addAll(seconds.keySet());
        return new Report<>(
                kpi.apply(first.total(), second.total()),
                values.stream()
                        .map(value -> {
                            Figures before = firsts.getOrDefault(value, new Figures());
                            Breakdown.Group group = seconds.get(value);
                            return group == null
                                    ? new Group<>(value, kpi.apply(before, new Figures()), List.<Period<T>>of())
                                    : new Group<>(
                                            value,
                                            kpi.apply(before, group.total()),
                                            running(before, group.periods(), kpi));
                        })
                        .toList(),
                running(first.total(), second.periods(), kpi));
    }

    private static <T> List<Period<T>> running(
            Figures before, List<Breakdown.Period> periods, BiFunction<Figures, Figures, T> kpi) {
        Figures start = new Figures().add(before);
        List<Period<T>> running = new ArrayList<>();
        for (Breakdown.Period period : periods) {
            running.add(new Period<>(period.start(), kpi.apply(new Figures().add(start), period.figures())));
            start.add(period.figures());
        }
        return running;
    }

    private static <T> List<Period<T>> periods(List<Breakdown.Period> periods, Function<Figures, T> kpi) {
        return periods.stream()
                .map(p -> new Period<>(p.start(), kpi.apply(p.figures())))
                .toList();
    }
}
