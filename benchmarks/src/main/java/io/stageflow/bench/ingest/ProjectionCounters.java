package io.stageflow.bench.ingest;

/**
 * The metrics service's {@code stageflow.projection.events} and {@code stageflow.projection.cell.writes}
 * counters: events written to the read model and the cell documents that cost.
 */
public record ProjectionCounters(double events, double cellWrites) {
    private static final String PROCESSOR = "processor=\"kpi-projection\"";

    static ProjectionCounters scrape(String managementUrl) {
        String scraped = Prometheus.scrape(managementUrl);
        return new ProjectionCounters(
                Prometheus.sum(scraped, "stageflow_projection_events_total", PROCESSOR),
                Prometheus.sum(scraped, "stageflow_projection_cell_writes_total", PROCESSOR));
    }

    /** Cell writes per event between {@code earlier} and these counters. */
    public double cellWritesPerEventSince(ProjectionCounters earlier) {
        double events = this.events - earlier.events;
        return events <= 0 ? Double.NaN : (cellWrites - earlier.cellWrites) / events;
    }
}
