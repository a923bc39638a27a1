package io.stageflow.metrics.query.status;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.metrics.kpi.KpiProjection;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The projection's lag as gauges, from the same figures as {@code GET /api/metrics/status}: records
 * behind the end of the topics, and how old the last projected event was when more were waiting.
 * Worked out every few seconds on a thread of its own, since it asks Kafka and MongoDB: a scrape
 * only reads the last figures and never waits on either. Every replica reports the same stored
 * token, so take the max over replicas, not the sum.
 */
@Component
public class ProjectionLagMeters {
    public static final String LAG_EVENTS = "stageflow.projection.lag.events";
    public static final String LAG_SECONDS = "stageflow.projection.lag.seconds";
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMeters.class);

    private final ProjectionStatusQuery status;
    private final Clock clock;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong millis = new AtomicLong();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-lag-meters");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionLagMeters(ProjectionStatusQuery status, Clock clock, MeterRegistry registry) {
        this.status = status;
        this.clock = clock;
        Gauge.builder(LAG_EVENTS, events, AtomicLong::get)
                .description("Records in the event topics the projection has not written yet")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(registry);
        // Named in seconds already; a TimeGauge would append the unit again.
        Gauge.builder(LAG_SECONDS, millis, m -> m.get() / 1000.0)
                .description("While records wait: the age of the newest event projected; 0 when caught up")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        try {
            ProjectionStatus now = status.status();
            events.set(now.lag());
            long age = now.lag() == 0 || now.lastEventTime() == null
                    ? 0
                    : Math.max(0, clock.millis() - now.lastEventTime().toEpochMilli());
            millis.set(age);
        } catch (RuntimeException e) {
            // Kafka or MongoDB away: keep the last figures; the services' own alerts say why.
            log.debug("projection lag not refreshed: {}", e.toString());
        }
    }

    @PreDestroy
    void close() {
        refresher.shutdownNow();
    }
}
