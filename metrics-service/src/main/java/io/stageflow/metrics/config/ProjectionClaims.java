package io.stageflow.metrics.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.stageflow.metrics.kpi.KpiProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * How many of the projection's segments this instance holds the claim of. Summed over the replicas
 * it should be the segment count (one, ADR 0005): 0 everywhere means nobody projects, and a replica
 * at 0 is a warm standby that takes over when the holder stops. docs/benchmarks.md, "Scale-out".
 */
@Component
public class ProjectionClaims implements MeterBinder {
    public static final String CLAIMED_SEGMENTS = "stageflow.projection.segments.claimed";

    private final EventProcessingConfiguration processing;

    ProjectionClaims(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(CLAIMED_SEGMENTS, this, ProjectionClaims::claimed)
                .description("Segments of the projection this instance processes (holds the token claim of)")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(registry);
    }

    private double claimed() {
        return segmentsHeld(processing);
    }

    /** Segments of the live projection this instance holds the claim of: 0 on a standby. */
    public static int segmentsHeld(EventProcessingConfiguration processing) {
        return processing
                .eventProcessor(KpiProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size())
                .orElse(0);
    }
}
