package io.stageflow.bench.ingest;

import io.stageflow.bench.org.GeneratedEvents;
import io.stageflow.bench.org.OrgSize;

/**
 * One size step: a tenant generated, published and projected.
 *
 * @param publishSeconds from the first send until Kafka acknowledged the last event
 * @param ingestSeconds from the first send until the projection's lag was first seen at 0
 * @param heapBytes the metrics service's live heap afterwards (P7)
 * @param projected the metrics service's projection counters afterwards, since it started
 */
public record StepResult(
        OrgSize size,
        GeneratedEvents generated,
        double publishSeconds,
        double ingestSeconds,
        long heapBytes,
        ProjectionCounters projected) {
    public double publishRate() {
        return generated.events() / publishSeconds;
    }

    public double ingestRate() {
        return generated.events() / ingestSeconds;
    }
}
