package io.stageflow.kit.messaging;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.SalesEvent;
import java.net.URI;
import org.axonframework.eventhandling.DomainEventMessage;

/** Bridges Axon's stored events and the contract's envelope: one place that maps the metadata. */
public final class EventEnvelopes {
    private EventEnvelopes() {}

    /**
     * The envelope of a stored event: Axon's message id is the CloudEvents id, the aggregate sequence
     * the {@code sequence} extension, and the storage timestamp the {@code recordedtime}.
     */
    public static EventEnvelope of(DomainEventMessage<?> message, URI source) {
        if (!(message.getPayload() instanceof SalesEvent event)) {
            throw new IllegalArgumentException(
                    "not a contract event: " + message.getPayloadType().getName());
        }
        return new EventEnvelope(
                message.getIdentifier(),
                EventType.of(event),
                source,
                event.tenantId(),
                message.getSequenceNumber(),
                message.getTimestamp(),
                event);
    }
}
