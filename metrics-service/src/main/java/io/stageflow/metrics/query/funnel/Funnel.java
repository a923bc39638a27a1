package io.stageflow.metrics.query.funnel;

import io.stageflow.metrics.projection.Stage;
import io.stageflow.metrics.query.Ratios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The funnel of a cohort of journeys: how many reached each listed stage, and the step conversions. */
public record Funnel(List<FunnelStage> stages) {

    /** @param journeysByFurthestRank cohort journeys counted by the furthest stage rank they reached */
    public static Funnel of(Map<Integer, Long> journeysByFurthestRank, List<Stage> stages) {
        List<FunnelStage> result = new ArrayList<>(stages.size());
        Long previous = null;
        for (Stage stage : stages) {
            long count = journeysByFurthestRank.entrySet().stream()
                    .filter(e -> e.getKey() >= stage.rank())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            Double conversion = previous == null ? null : Ratios.fraction(count, previous);
            result.add(new FunnelStage(stage.name(), count, conversion));
            previous = count;
        }
        return new Funnel(result);
    }
}
