package io.stageflow.metrics.cube;

/** A cell as stored: its key and the figures of every contribution applied to it. */
public record Cell(CellKey key, Figures figures) {}
