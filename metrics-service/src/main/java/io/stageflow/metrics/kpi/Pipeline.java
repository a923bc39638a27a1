package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Open opportunities at the end of the {@code asOf} day: how many, and per stage how many and
 * their value per currency. Stages are listed by name (the metrics service does not know the
 * pipelines' order yet); stages with no open deal are left out.
 */
public record Pipeline(long open, List<Stage> byStage) {
    public record Stage(String stage, long open, Map<String, BigDecimal> value) {}

    static Pipeline of(Figures figures) {
        Map<String, Long> counts = new TreeMap<>();
        figures.counts().forEach((name, count) -> {
            String stage = KpiFigures.partOf("openIn", name);
            if (stage != null && count != 0) {
                counts.put(stage, count);
            }
        });
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        figures.sums().forEach((name, sum) -> {
            String part = KpiFigures.partOf("openValue", name);
            if (part != null && sum.signum() != 0) {
                values.computeIfAbsent(part.substring(4), s -> new TreeMap<>()).put(part.substring(0, 3), sum);
            }
        });
        List<Stage> stages = new ArrayList<>();
        counts.forEach((stage, count) -> stages.add(new Stage(stage, count, values.getOrDefault(stage, Map.of()))));
        return new Pipeline(counts.values().stream().mapToLong(Long::longValue).sum(), stages);
    }
}
