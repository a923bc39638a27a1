package io.stageflow.kit.test;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.cloudevents.SalesEventCodec;
import java.net.URI;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Events as Kafka records, the way a producing service publishes them, for consumers' tests. */
public final class EventRecords {
    private EventRecords() {}

    /** A record ready to send: a fresh event id, sequence 0, recorded a second after it occurred. */
    public static ProducerRecord<String, byte[]> produced(SalesEvent event, String source) {
        return SalesEventCodec.encode(new EventEnvelope(
                UUID.randomUUID().toString(),
                EventType.of(event),
                URI.create(source),
                event.tenantId(),
                0,
                event.occurredAt().plusSeconds(1),
                event));
    }

    /** The same record as a consumer receives it, for handlers tested without a broker. */
    public static ConsumerRecord<String, byte[]> consumed(SalesEvent event) {
        ProducerRecord<String, byte[]> produced = produced(event, "/test");
        ConsumerRecord<String, byte[]> consumed =
                new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(header -> consumed.headers().add(header));
        return consumed;
    }

    /** A record that is no event at all, as a consumer receives it. */
    public static ConsumerRecord<String, byte[]> garbage(String topic) {
        return new ConsumerRecord<>(topic, 0, 0L, "k", "garbage".getBytes());
    }
}
