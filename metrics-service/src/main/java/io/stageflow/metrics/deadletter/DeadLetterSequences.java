package io.stageflow.metrics.deadletter;

import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * What waits behind a parked event: the later events of its aggregate, and nothing else (ADR 0008).
 * An event's sequence is its tenant and its Kafka record key, the aggregate id, which a record that
 * is no valid event has too. A String, because the Mongo dead-letter queue stores any other kind by
 * its hash code.
 */
public final class DeadLetterSequences {
    /** Tenant of a record whose tenant header is missing. */
    public static final String UNKNOWN_TENANT = "?";

    public static final SequencingPolicy<EventMessage<?>> BY_AGGREGATE = DeadLetterSequences::sequenceOf;

    private DeadLetterSequences() {}

    /** The sequence of {@code message}, or null (its own sequence) for one that did not come from Kafka. */
    public static String sequenceOf(EventMessage<?> message) {
        Object key = message.getMetaData().get(CloudEventsMessageConverter.KAFKA_KEY);
        return key == null ? null : tenantOf(message) + "/" + key;
    }

    public static String tenantOf(EventMessage<?> message) {
        Object tenant = message.getMetaData().get(CloudEventsMessageConverter.TENANT);
        return tenant == null ? UNKNOWN_TENANT : tenant.toString();
    }

    public static String aggregateOf(EventMessage<?> message) {
        Object key = message.getMetaData().get(CloudEventsMessageConverter.KAFKA_KEY);
        return key == null ? message.getIdentifier() : key.toString();
    }
}
