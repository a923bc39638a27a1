package io.stageflow.kit.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records a consumer took from the event topics, per topic and consumer (the Kafka consumer group
 * or the projection): with {@code stageflow.events.published} it shows whether what goes in comes
 * out. Replays and redeliveries count again.
 */
public final class ConsumedEvents {
    public static final String CONSUMED = "stageflow.events.consumed";

    private final MeterRegistry registry;
    private final String consumer;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public ConsumedEvents(MeterRegistry registry, String consumer) {
        this.registry = registry;
        this.consumer = consumer;
    }

    /** Shows the topics at 0 before their first record, so that a rate over them exists from the start. */
    public ConsumedEvents expecting(Iterable<String> topics) {
        topics.forEach(this::counter);
        return this;
    }

    public void consumed(String topic) {
        counter(topic).increment();
    }

    private Counter counter(String topic) {
        return counters.computeIfAbsent(topic, t -> Counter.builder(CONSUMED)
                .description("Event records consumed, per topic and consumer (replays and redeliveries count again)")
                .tag("topic", t)
                .tag("consumer", consumer)
                .register(registry));
    }
}
