package io.stageflow.metrics.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.InvalidEventException;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.kit.messaging.ConsumedEvents;
import io.stageflow.kit.observe.TraceContext;
import io.stageflow.metrics.cube.KafkaPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads our CloudEvents records into Axon domain event messages: the contract event as payload, the
 * subject and {@code sequence} as aggregate id and sequence, {@code ce_id} as message id and the
 * recorded time as timestamp, and the record's topic, partition and offset in the metadata (they are
 * what makes a KPI cell count each event once, ADR 0005). axon-kafka's default converter silently drops any record without
 * Axon's own headers, i.e. all of ours; here a bad record is logged, counted and passed on as a
 * {@link RejectedRecord}. The record's W3C trace context, if any, goes into the metadata too, so that
 * a parked event still names the trace of the command that caused it.
 */
public final class CloudEventsMessageConverter implements KafkaMessageConverter<String, byte[]> {
    public static final String REJECTED_METER = "stageflow.events.rejected";
    public static final String TENANT = "tenant";
    public static final String EVENT_TYPE = "eventType";
    public static final String SOURCE = "source";
    public static final String KAFKA_TOPIC = "kafkaTopic";
    public static final String KAFKA_PARTITION = "kafkaPartition";
    public static final String KAFKA_OFFSET = "kafkaOffset";
    /** The record key: the aggregate id, also of a record that is no valid event. */
    public static final String KAFKA_KEY = "kafkaKey";

    private static final Logger log = LoggerFactory.getLogger(CloudEventsMessageConverter.class);

    private final MeterRegistry meters;
    private final ConsumedEvents consumed;

    /**
     * @param consumer who reads, for {@code stageflow.events.consumed}
     * @param topics the topics read: their rejected and consumed counters exist from the start, at 0
     */
    public CloudEventsMessageConverter(MeterRegistry meters, String consumer, List<String> topics) {
        this.meters = meters;
        this.consumed = new ConsumedEvents(meters, consumer).expecting(topics);
        topics.forEach(this::rejected);
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        throw new UnsupportedOperationException("the metrics service only reads the event topics");
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        consumed.consumed(record.topic());
        try {
            return Optional.of(toMessage(SalesEventCodec.decode(record), record));
        } catch (InvalidEventException | IllegalArgumentException e) {
            return Optional.of(reject(record, e.getMessage()));
        }
    }

    private static EventMessage<?> toMessage(EventEnvelope envelope, ConsumerRecord<String, byte[]> record) {
        Map<String, Object> metaData = new HashMap<>(positionMetaData(record));
        metaData.put(TENANT, envelope.tenantId().value());
        metaData.put(EVENT_TYPE, envelope.type().typeName());
        metaData.put(SOURCE, String.valueOf(envelope.source()));
        return new GenericDomainEventMessage<>(
                envelope.type().typeName(),
                envelope.subject(),
                envelope.sequence(),
                envelope.event(),
                metaData,
                envelope.eventId(),
                envelope.recordedAt());
    }

    private static Map<String, Object> positionMetaData(ConsumerRecord<String, byte[]> record) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(KAFKA_TOPIC, record.topic());
        metaData.put(KAFKA_PARTITION, record.partition());
        metaData.put(KAFKA_OFFSET, record.offset());
        if (record.key() != null) {
            metaData.put(KAFKA_KEY, record.key());
        }
        for (String key : TraceContext.KEYS) {
            Header header = record.headers().lastHeader(key);
            if (header != null) {
                metaData.put(key, new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return metaData;
    }

    /** Where a message read by this converter sat in Kafka; empty for a message from elsewhere. */
    public static Optional<KafkaPosition> positionOf(EventMessage<?> message) {
        Object topic = message.getMetaData().get(KAFKA_TOPIC);
        Object partition = message.getMetaData().get(KAFKA_PARTITION);
        Object offset = message.getMetaData().get(KAFKA_OFFSET);
        if (topic == null || partition == null || offset == null) {
            return Optional.empty();
        }
        return Optional.of(
                new KafkaPosition(topic.toString(), ((Number) partition).intValue(), ((Number) offset).longValue()));
    }

    private EventMessage<?> reject(ConsumerRecord<String, byte[]> record, String reason) {
        log.error("Rejected record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
        rejected(record.topic()).increment();
        RejectedRecord rejected = new RejectedRecord(record.topic(), record.partition(), record.offset(), reason);
        String id = "rejected:" + record.topic() + "-" + record.partition() + "@" + record.offset();
        Map<String, Object> metaData = positionMetaData(record);
        // The tenant header is read on its own: the dead-letter queue shows the record to its tenant.
        Header tenant = record.headers().lastHeader("ce_" + SalesEventCodec.TENANT);
        if (tenant != null) {
            metaData.put(TENANT, new String(tenant.value(), StandardCharsets.UTF_8));
        }
        return new GenericEventMessage<>(id, rejected, metaData, Instant.ofEpochMilli(record.timestamp()));
    }

    private Counter rejected(String topic) {
        return Counter.builder(REJECTED_METER)
                .description("Kafka records that are not valid events of the contract")
                .tag("topic", topic)
                .register(meters);
    }
}
