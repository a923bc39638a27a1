package io.stageflow.metrics.cube;

import java.util.Objects;

/** What one event adds to one cell, and where that event sits in Kafka. */
public record Contribution(CellKey cell, KafkaPosition position, Figures figures) {
    public Contribution {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(figures, "figures");
    }
}
