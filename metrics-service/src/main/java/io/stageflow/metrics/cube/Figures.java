package io.stageflow.metrics.cube;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Additive figures: whole counts and exact decimal sums, by name. Adding is all a cell and a query
 * ever do with them, which is what makes cells mergeable over days, slices and partitions.
 */
public final class Figures {
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, BigDecimal> sums = new TreeMap<>();

    public Figures count(String name, long delta) {
        counts.merge(FigureNames.require(name), delta, Long::sum);
        return this;
    }

    public Figures sum(String name, BigDecimal delta) {
        sums.merge(FigureNames.require(name), delta, BigDecimal::add);
        return this;
    }

    public Figures add(Figures other) {
        other.counts.forEach(this::count);
        other.sums.forEach(this::sum);
        return this;
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public BigDecimal sum(String name) {
        return sums.getOrDefault(name, BigDecimal.ZERO);
    }

    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public Map<String, BigDecimal> sums() {
        return Collections.unmodifiableMap(sums);
    }

    public boolean isEmpty() {
        return counts.isEmpty() && sums.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Figures that)) {
            return false;
        }
        return counts.equals(that.counts) && compareSums(sums, that.sums);
    }

    /** 1.0 and 1.00 are the same amount: sums compare by value, not by scale. */
    private static boolean compareSums(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    @Override
    public int hashCode() {
        return counts.hashCode() * 31 + sums.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "Figures" + counts + sums;
    }
}
