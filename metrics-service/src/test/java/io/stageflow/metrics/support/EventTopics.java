package io.stageflow.metrics.support;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.localinfra.SharedTestInfra;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's own copy of the two event topics on the shared broker, created before the service starts
 * (the source assigns the partitions that exist when it opens its stream), and a plain producer
 * writing CloudEvents records to them as the forwarders would.
 */
public final class EventTopics {
    public final String leads;
    public final String opportunities;

    private EventTopics(String leads, String opportunities) {
        this.leads = leads;
        this.opportunities = opportunities;
    }

    public static EventTopics create(int partitions) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        EventTopics topics =
                new EventTopics(Topics.LEAD_EVENTS + "." + suffix, Topics.OPPORTUNITY_EVENTS + "." + suffix);
        SharedTestInfra.kafka().createTopics(Map.of(topics.leads, partitions, topics.opportunities, partitions));
        return topics;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("stageflow.metrics.topics", () -> leads + "," + opportunities);
    }

    public List<String> names() {
        return List.of(leads, opportunities);
    }

    /** Publishes in the given order and waits until Kafka acknowledged every record. */
    public void publish(List<EventEnvelope> envelopes) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(envelopes.size());
        for (EventEnvelope envelope : envelopes) {
            ProducerRecord<String, byte[]> encoded = SalesEventCodec.encode(envelope);
            records.add(new ProducerRecord<>(
                    topicOf(envelope.type()), null, encoded.key(), encoded.value(), encoded.headers()));
        }
        send(records);
    }

    public void publishRaw(String topic, String key, byte[] value) {
        send(List.of(new ProducerRecord<>(topic, key, value)));
    }

    private String topicOf(EventType type) {
        return type.topic().equals(Topics.LEAD_EVENTS) ? leads : opportunities;
    }

    private static void send(List<ProducerRecord<String, byte[]>> records) {
        try (Producer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedTestInfra.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            records.forEach(record -> acks.add(producer.send(record)));
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("publishing test events failed", e);
        }
    }
}
