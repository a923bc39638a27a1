package io.stageflow.metrics.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.InvalidEventException;
import io.stageflow.events.cloudevents.SalesEventCodec;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads our CloudEvents records into Axon domain event messages: the contract event as payload, the
 * subject and {@code sequence} as aggregate id and sequence, {@code ce_id} as message id and the
 * recorded time as timestamp. axon-kafka's default converter silently drops any record without
 * Axon's own headers, i.e. all of ours; here a bad record is logged, counted and passed on as a
 * {@link RejectedRecord}.
 */
public final class CloudEventsMessageConverter implements KafkaMessageConverter<String, byte[]> {
    public static final String REJECTED_METER = "stageflow.events.rejected";
    public static final String TENANT = "tenant";
    public static final String EVENT_TYPE = "eventType";
    public static final String SOURCE = "source";
    private static final Logger log = LoggerFactory.getLogger(CloudEventsMessageConverter.class);

    private final MeterRegistry meters;

    public CloudEventsMessageConverter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        throw new UnsupportedOperationException("the metrics service only reads the event topics");
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(toMessage(SalesEventCodec.decode(record)));
        } catch (InvalidEventException | IllegalArgumentException e) {
            return Optional.of(reject(record, e.getMessage()));
        }
    }

    private static EventMessage<?> toMessage(EventEnvelope envelope) {
        Map<String, Object> metaData = Map.of(
                TENANT, envelope.tenantId().value(),
                EVENT_TYPE, envelope.type().typeName(),
                SOURCE, String.valueOf(envelope.source()));
        return new GenericDomainEventMessage<>(
                envelope.type().typeName(),
                envelope.subject(),
                envelope.sequence(),
                envelope.event(),
                metaData,
                envelope.eventId(),
                envelope.recordedAt());
    }

    private EventMessage<?> reject(ConsumerRecord<String, byte[]> record, String reason) {
        log.error("Rejected record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
        Counter.builder(REJECTED_METER)
                .description("Kafka records that are not valid events of the contract")
                .tag("topic", record.topic())
                .register(meters)
                .increment();
        RejectedRecord rejected = new RejectedRecord(record.topic(), record.partition(), record.offset(), reason);
        String id = "rejected:" + record.topic() + "-" + record.partition() + "@" + record.offset();
        return new GenericEventMessage<>(id, rejected, Map.of(), Instant.ofEpochMilli(record.timestamp()));
    }
}
