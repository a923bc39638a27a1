package io.stageflow.bench.org;

import io.stageflow.events.EventEnvelope;

/** Where generated events go: Kafka, the DuckDB baseline, or both. */
@FunctionalInterface
public interface EventSink {
    void accept(EventEnvelope event);

    default EventSink andThen(EventSink next) {
        return event -> {
            accept(event);
            next.accept(event);
        };
    }
}
