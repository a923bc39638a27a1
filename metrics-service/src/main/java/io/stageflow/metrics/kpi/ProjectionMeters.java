package io.stageflow.metrics.kpi;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What the projection writes, counted for operators: the events of its written batches and the cell
 * documents those batches updated. Their ratio is the write amplification that bounds ingestion on
 * any document store (docs/benchmarks.md, P1); a sudden change of it means the data changed shape.
 */
public final class ProjectionMeters {
    public static final String EVENTS = "stageflow.projection.events";
    public static final String CELL_WRITES = "stageflow.projection.cell.writes";

    private final Counter events;
    private final Counter cellWrites;

    public ProjectionMeters(MeterRegistry registry, String processor) {
        this.events = Counter.builder(EVENTS)
                .description("Events the projection has written to the read model (replays count again)")
                .tag("processor", processor)
                .register(registry);
        this.cellWrites = Counter.builder(CELL_WRITES)
                .description("Cell documents the projection's batches updated or created")
                .tag("processor", processor)
                .register(registry);
    }

    /** Meters nobody scrapes: for a projection that runs beside the live one, such as a rebuild. */
    public static ProjectionMeters unscraped(String processor) {
        return new ProjectionMeters(new SimpleMeterRegistry(), processor);
    }

    void written(KpiBatch.Written batch) {
        events.increment(batch.events());
        cellWrites.increment(batch.cellWrites());
    }
}
