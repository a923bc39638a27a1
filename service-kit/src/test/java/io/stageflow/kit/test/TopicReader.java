package io.stageflow.kit.test;

import io.stageflow.localinfra.SharedTestInfra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a shared topic from its start in a group of its own, keeping only the records a test is about. */
public final class TopicReader {
    private TopicReader() {}

    /** Every matching record seen until {@code expected} have arrived and then {@code quiet} passed without more. */
    public static List<ConsumerRecord<String, byte[]>> read(
            String topic, Predicate<ConsumerRecord<String, byte[]>> mine, int expected, Duration quiet) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestInfra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (mine.test(record)) {
                        found.add(record);
                    }
                });
            }
            long quietEnd = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < quietEnd) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (mine.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
