package io.stageflow.metrics.cube;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/**
 * What a batch still has to add to one cell: the figures of its contributions the cell has not
 * counted, and what marks them counted: each partition's highest offset among them, or, for events
 * retried from the dead-letter queue, the event's own position ({@link KafkaPosition#retriedMark}).
 */
record CellWrite(Figures figures, Map<String, Long> offsets, Set<String> retried) {
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
        return new CellWrite(figures, offsets, Set.of());
    }

    /**
     * Contributions of retried events: their partitions have moved on, so the positions cannot tell
     * them; each event's mark in the cell does.
     *
     * @param marked the cell's stored marks (empty for a new cell)
     */
    static CellWrite ofRetried(List<Contribution> contributions, Document marked) {
        Figures figures = new Figures();
        Set<String> marks = new TreeSet<>();
        for (Contribution contribution : contributions) {
            String mark = contribution.position().retriedMark();
            if (!marked.containsKey(mark)) {
                figures.add(contribution.figures());
                marks.add(mark);
            }
        }
        return new CellWrite(figures, Map.of(), marks);
    }

    boolean isEmpty() {
        return offsets.isEmpty() && retried.isEmpty();
    }
}
