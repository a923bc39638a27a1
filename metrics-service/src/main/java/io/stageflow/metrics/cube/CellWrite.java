package io.stageflow.metrics.cube;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * What a batch still has to add to one cell: the figures of its contributions past the cell's
 * positions, and each partition's highest offset among them.
 */
record CellWrite(Figures figures, Map<String, Long> offsets) {
    /** @param applied the cell's stored positions, by partition field (empty for a new cell) */
    static CellWrite of(List<Contribution> contributions, Document applied) {
        Figures figures = new Figures();
        Map<String, Long> offsets = new TreeMap<>();
        for (Contribution contribution : contributions) {
            String partition = contribution.position().partitionField();
            long offset = contribution.position().offset();
            Number seen = applied.get(partition, Number.class);
            if (seen != null && offset <= seen.longValue()) {
                continue;
            }
            figures.add(contribution.figures());
            offsets.merge(partition, offset, Math::max);
        }
        return new CellWrite(figures, offsets);
    }

    boolean isEmpty() {
        return offsets.isEmpty();
    }
}
