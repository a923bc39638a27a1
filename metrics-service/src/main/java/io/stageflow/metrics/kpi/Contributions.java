package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.CellKey;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.util.List;

/** The same figures for each of an aggregate's slices on one day: what one fact adds to the cells. */
final class Contributions {
    private Contributions() {}

    static List<Contribution> of(
            String family,
            FactState state,
            LocalDate day,
            List<Slice> slices,
            Figures figures,
            KafkaPosition position) {
        return slices.stream()
                .map(slice -> new Contribution(new CellKey(state.tenant(), family, day, slice), position, figures))
                .toList();
    }
}
