package io.stageflow.platform;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.schema.EventSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Counts a tenant's distinct events per type on the contract topics, as a BI subscriber would see them. */
final class TopicCensus {
    private TopicCensus() {}

    static Map<EventType, Integer> of(String bootstrapServers, TenantId tenant) {
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        eventsOf(bootstrapServers, tenant).forEach(envelope -> counts.merge(envelope.type(), 1, Integer::sum));
        return counts;
    }

    /**
     * A tenant's distinct events, each partition in order, every one checked against its published
     * JSON Schema: a record a subscriber could not validate fails the caller.
     */
    static List<EventEnvelope> eventsOf(String bootstrapServers, TenantId tenant) {
        Set<String> seen = new HashSet<>();
        return recordsOf(bootstrapServers, tenant).stream()
                .filter(envelope -> seen.add(envelope.eventId()))
                .toList();
    }

    /** Every record of a tenant's events, those published more than once as often as they are there. */
    static List<EventEnvelope> recordsOf(String bootstrapServers, TenantId tenant) {
        return kafkaRecordsOf(bootstrapServers, tenant).stream()
                .map(SalesEventCodec::decode)
                .toList();
    }

    /** As {@link #recordsOf}, the records themselves: for what only their headers carry. */
    static List<ConsumerRecord<String, byte[]>> kafkaRecordsOf(String bootstrapServers, TenantId tenant) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "census-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Topics.ALL);
            int emptyPolls = 0;
            while (emptyPolls < 6) {
                var polled = consumer.poll(Duration.ofMillis(500));
                emptyPolls = polled.isEmpty() ? emptyPolls + 1 : 0;
                polled.forEach(record -> {
                    EventEnvelope envelope = SalesEventCodec.decode(record);
                    if (envelope.tenantId().equals(tenant)) {
                        List<String> violations = EventSchemas.violations(envelope.type(), record.value());
                        if (!violations.isEmpty()) {
                            throw new AssertionError(envelope.type().typeName() + " breaks its schema: " + violations);
                        }
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }
}
