package io.stageflow.kit.observe;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C trace context (traceparent, tracestate) as message metadata: taken from the current span
 * when a command is dispatched, kept on the events it causes, and written to Kafka by the forwarder.
 */
public final class TraceContext {
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final List<String> KEYS = List.of(TRACEPARENT, TRACESTATE);

    private TraceContext() {}

    /** The current span's context as W3C headers; empty outside any span or with tracing off. */
    static Map<String, String> current(Tracer tracer, Propagator propagator) {
        Span span = tracer.currentSpan();
        Map<String, String> headers = new HashMap<>();
        if (span != null && !span.isNoop()) {
            propagator.inject(span.context(), headers, Map::put);
        }
        headers.keySet().retainAll(KEYS);
        return headers;
    }

    /** The trace id of a traceparent ({@code 00-<trace id>-<parent id>-<flags>}). */
    public static Optional<String> traceId(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? Optional.of(parts[1]) : Optional.empty();
    }
}
