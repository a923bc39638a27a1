package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import java.util.Map;
import java.util.TreeMap;

/**
 * Losses that stand (not withdrawn by a reopen), counted by reason, by the stage the deal was lost
 * from and by the competitor that won it (losses naming none are not in {@code byCompetitor}).
 */
public record LossAnalysis(
        long lost, Map<String, Long> byReason, Map<String, Long> byStage, Map<String, Long> byCompetitor) {

    static LossAnalysis of(Figures figures) {
        return new LossAnalysis(
                figures.count(KpiFigures.LOST),
                counts(figures, "lostReason"),
                counts(figures, "lostAtStage"),
                counts(figures, "lostTo"));
    }

    /** Counts under one prefix, by what follows it; zeros (losses since withdrawn) are left out. */
    private static Map<String, Long> counts(Figures figures, String prefix) {
        Map<String, Long> counts = new TreeMap<>();
        figures.counts().forEach((name, count) -> {
            String part = KpiFigures.partOf(prefix, name);
            if (part != null && count != 0) {
                counts.put(part, count);
            }
        });
        return counts;
    }
}
