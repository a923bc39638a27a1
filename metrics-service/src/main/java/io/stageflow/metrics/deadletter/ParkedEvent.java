package io.stageflow.metrics.deadletter;

import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * One parked event as an operator sees it: what it is, where it sits in Kafka, why it was parked.
 *
 * @param sequence the aggregate's sequence number of the event; null for a record that is no event
 * @param cause the failure's type and message, as the last attempt left it
 * @param retries how often a retry failed again
 */
public record ParkedEvent(
        String eventId,
        String type,
        Long sequence,
        String topic,
        Integer partition,
        Long offset,
        String cause,
        Instant parkedAt,
        Instant lastTriedAt,
        long retries) {

    static ParkedEvent of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Map<String, Object> metaData = message.getMetaData();
        Object retries = letter.diagnostics().get(ParkingPolicy.RETRIES);
        return new ParkedEvent(
                message.getIdentifier(),
                String.valueOf(metaData.getOrDefault(
                        CloudEventsMessageConverter.EVENT_TYPE,
                        message.getPayloadType().getSimpleName())),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                (String) metaData.get(CloudEventsMessageConverter.KAFKA_TOPIC),
                metaData.get(CloudEventsMessageConverter.KAFKA_PARTITION) instanceof Number n ? n.intValue() : null,
                metaData.get(CloudEventsMessageConverter.KAFKA_OFFSET) instanceof Number n ? n.longValue() : null,
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched(),
                retries instanceof Number n ? n.longValue() : 0);
    }
}
