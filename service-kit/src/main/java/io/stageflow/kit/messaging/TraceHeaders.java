package io.stageflow.kit.messaging;

import io.stageflow.kit.observe.TraceContext;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.axonframework.messaging.MetaData;

/**
 * Writes a stored event's trace context to its Kafka record twice: as the W3C {@code traceparent}
 * (and {@code tracestate}) header, which Kafka instrumentation such as Spring Kafka's observation
 * continues, and as the CloudEvents distributed-tracing extension, {@code ce_traceparent} in binary
 * mode, which CloudEvents SDKs read as an attribute. Both hold the context of the command that
 * caused the event: the forwarder is a relay, not a new hop (docs/events.md).
 */
final class TraceHeaders {
    static final String CLOUDEVENTS_PREFIX = "ce_";

    private TraceHeaders() {}

    static void copy(MetaData metaData, Headers headers) {
        for (String key : TraceContext.KEYS) {
            if (metaData.get(key) instanceof String value && !value.isBlank()) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                headers.remove(key).add(key, bytes);
                headers.remove(CLOUDEVENTS_PREFIX + key).add(CLOUDEVENTS_PREFIX + key, bytes);
            }
        }
    }
}
