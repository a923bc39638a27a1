package io.stageflow.events.cloudevents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventJson;
import io.stageflow.events.EventType;
import io.stageflow.events.InvalidEventException;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.schema.EventSchemas;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Maps events to and from Kafka records in CloudEvents binary mode: attributes in {@code ce_*}
 * headers, the event's JSON as the value, the aggregate id as the key (so one aggregate's events
 * share a partition and stay ordered).
 */
public final class SalesEventCodec {
    public static final String TENANT = "tenantid";
    public static final String SEQUENCE = "sequence";
    public static final String RECORDED_TIME = "recordedtime";
    private static final String JSON = "application/json";

    private SalesEventCodec() {}

    /** Encodes an envelope; refuses an event that does not satisfy its own published schema. */
    public static ProducerRecord<String, byte[]> encode(EventEnvelope envelope) {
        byte[] data = EventJson.write(envelope.event());
        List<String> violations = EventSchemas.violations(envelope.type(), data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(envelope.type().typeName() + " violates its schema: " + violations);
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId(envelope.eventId())
                .withType(envelope.type().typeName())
                .withSource(envelope.source())
                .withSubject(envelope.subject())
                .withTime(envelope.event().occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withDataSchema(
                        URI.create(EventSchemas.BASE_URI + envelope.type().typeName() + ".json"))
                .withExtension(TENANT, envelope.tenantId().value())
                .withExtension(SEQUENCE, Long.toString(envelope.sequence()))
                .withExtension(RECORDED_TIME, envelope.recordedAt().atOffset(ZoneOffset.UTC))
                .withData(data)
                .build();
        return KafkaMessageFactory.<String>createWriter(envelope.type().topic(), envelope.subject())
                .writeBinary(event);
    }

    /** Decodes a record, or throws {@link InvalidEventException} saying what is wrong with it. */
    public static EventEnvelope decode(ConsumerRecord<?, byte[]> record) {
        return decode(toCloudEvent(record));
    }

    /** Decodes a CloudEvent read by the SDK (e.g. its Kafka {@code CloudEventDeserializer}). */
    public static EventEnvelope decode(CloudEvent event) {
        EventType type = EventType.byTypeName(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + event.getType()));
        if (event.getData() == null) {
            throw new InvalidEventException(type.typeName() + " " + event.getId() + " has no data");
        }
        SalesEvent payload = EventJson.read(type, event.getData().toBytes());
        TenantId tenant = new TenantId(text(event, TENANT));
        if (!tenant.equals(payload.tenantId())) {
            throw new InvalidEventException("event " + event.getId() + " has tenant header " + tenant
                    + " but payload tenant " + payload.tenantId());
        }
        return new EventEnvelope(
                event.getId(),
                type,
                event.getSource(),
                tenant,
                parseSequence(event),
                OffsetDateTime.parse(text(event, RECORDED_TIME)).toInstant(),
                payload);
    }

    private static CloudEvent toCloudEvent(ConsumerRecord<?, byte[]> record) {
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record.headers(), record.value());
            return reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException(
                    "record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                            + " is not a binary-mode CloudEvent: " + e.getMessage(),
                    e);
        }
    }

    private static long parseSequence(CloudEvent event) {
        try {
            return Long.parseLong(text(event, SEQUENCE));
        } catch (NumberFormatException e) {
            throw new InvalidEventException("event " + event.getId() + " has a non-numeric sequence", e);
        }
    }

    private static String text(CloudEvent event, String extension) {
        Object value = event.getExtension(extension);
        if (value == null) {
            throw new InvalidEventException("event " + event.getId() + " lacks the " + extension + " extension");
        }
        return value.toString();
    }
}
