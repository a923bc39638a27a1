package io.stageflow.metrics.support;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.localinfra.SharedTestInfra;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    /** Each contract topic the metrics service reads, by the test's own copy of it. */
    private final Map<String, String> byContractTopic;

    private EventTopics(String suffix) {
        this.byContractTopic = new LinkedHashMap<>();
        for (String topic : List.of(
                Topics.LEAD_EVENTS,
                Topics.OPPORTUNITY_EVENTS,
                Topics.ACCOUNT_EVENTS,
                Topics.PLAN_EVENTS,
                Topics.PROCESS_EVENTS)) {
            byContractTopic.put(topic, topic + "." + suffix);
        }
        this.leads = byContractTopic.get(Topics.LEAD_EVENTS);
        this.opportunities = byContractTopic.get(Topics.OPPORTUNITY_EVENTS);
    }

    public static EventTopics create(int partitions) {
        EventTopics topics = new EventTopics(UUID.randomUUID().toString().substring(0, 8));
        Map<String, Integer> created = new LinkedHashMap<>();
        topics.names().forEach(name -> created.put(name, partitions));
        SharedTestInfra.kafka().createTopics(created);
        return topics;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("stageflow.metrics.topics", () -> String.join(",", names()));
    }

    public List<String> names() {
        return List.copyOf(byContractTopic.values());
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

    /** A record that is no valid event but names its tenant in the CloudEvents tenant header. */
    public void publishRaw(String topic, String key, byte[] value, String tenant) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_" + SalesEventCodec.TENANT, tenant.getBytes(StandardCharsets.UTF_8));
        send(List.of(record));
    }

    private String topicOf(EventType type) {
        return byContractTopic.get(type.topic());
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
