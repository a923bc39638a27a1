package io.stageflow.kit.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The forwarder's health for operators: what Kafka acknowledged per topic, when it last did, and the
 * age of the oldest event not yet acknowledged (the first of the batch in hand: every later event
 * was stored after it). That age is the publisher's lag, and what shows it stuck: a batch that
 * fails is retried from the same event, so the age keeps growing until Kafka takes it, however
 * often the producer is replaced.
 */
final class ForwarderMeters {
    static final String PUBLISHED = "stageflow.events.published";
    static final String PRODUCER_RESETS = "stageflow.forwarder.producer.resets";
    static final String UNPUBLISHED_AGE = "stageflow.forwarder.unpublished.age";
    static final String LAST_PUBLISH = "stageflow.forwarder.last.publish";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter resets;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private volatile Instant oldestUnpublished;
    private volatile Instant lastPublish;

    ForwarderMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.lastPublish = clock.instant();
        this.resets = Counter.builder(PRODUCER_RESETS)
                .description("Kafka producers the forwarder discarded after a batch it could not publish")
                .register(registry);
        TimeGauge.builder(UNPUBLISHED_AGE, this, TimeUnit.MILLISECONDS, ForwarderMeters::unpublishedMillis)
                .description(
                        "Age (since it was stored) of the oldest event Kafka has not acknowledged yet; 0 when none waits")
                .register(registry);
        // Seconds since the epoch, so that time() minus it is the silence, across restarts too.
        Gauge.builder(LAST_PUBLISH, this, meters -> meters.lastPublish.toEpochMilli() / 1000.0)
                .description("When Kafka last acknowledged a batch (or the forwarder started), in epoch seconds")
                .baseUnit("seconds")
                .register(registry);
    }

    /** An event goes to Kafka; the first of a batch (or of its retry) is the oldest waiting. */
    void sending(Instant storedAt) {
        Instant oldest = oldestUnpublished;
        if (oldest == null || storedAt.isBefore(oldest)) {
            oldestUnpublished = storedAt;
        }
    }

    void acknowledged(List<String> topics) {
        topics.forEach(topic -> published
                .computeIfAbsent(topic, t -> Counter.builder(PUBLISHED)
                        .description(
                                "Events Kafka acknowledged, per topic (a batch retried after a failure counts again)")
                        .tag("topic", t)
                        .register(registry))
                .increment());
        oldestUnpublished = null;
        lastPublish = clock.instant();
    }

    void producerReset() {
        resets.increment();
    }

    private double unpublishedMillis() {
        Instant since = oldestUnpublished;
        return since == null ? 0 : Math.max(0, clock.millis() - since.toEpochMilli());
    }
}
