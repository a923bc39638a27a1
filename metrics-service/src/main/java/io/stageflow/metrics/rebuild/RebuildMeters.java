package io.stageflow.metrics.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.stageflow.metrics.kpi.KpiProjection;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rebuild of {@code /actuator/projections} as gauges: whether one runs on this instance, and how
 * far the running (or last) one got, from 0 to 1. Read from the figures its monitor keeps every
 * half second (docs/reliability.md, "Rebuilding the read model").
 */
@Component
class RebuildMeters implements MeterBinder {
    static final String PROGRESS = "stageflow.projection.rebuild.progress";
    static final String RUNNING = "stageflow.projection.rebuild.running";
    private static final Set<String> UNDER_WAY = Set.of("RUNNING", "SWITCHING");

    private final KpiRebuild rebuild;

    RebuildMeters(KpiRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PROGRESS, rebuild, RebuildMeters::progress)
                .description("Share of the topics' records the running or last rebuild has projected (0 to 1)")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(registry);
        Gauge.builder(RUNNING, rebuild, r -> UNDER_WAY.contains(r.lastKnown().state()) ? 1 : 0)
                .description("1 while a rebuild runs or switches over on this instance")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(registry);
    }

    private static double progress(KpiRebuild rebuild) {
        RebuildStatus status = rebuild.lastKnown();
        if (status.eventsTotal() <= 0) {
            return "DONE".equals(status.state()) ? 1 : 0;
        }
        return Math.min(1.0, (double) status.eventsDone() / status.eventsTotal());
    }
}
