package io.stageflow.metrics.it;

import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.localinfra.SharedTestInfra;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The baseline the projection's ingestion rate is compared with: a plain consumer decoding every record. */
final class BareConsumer {
    private BareConsumer() {}

    static double readAndParsePerSecond(List<String> topics, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedTestInfra.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bare-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        500),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            // Assigned, not subscribed: a group join would add seconds the projection does not pay.
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long started = System.nanoTime();
            int read = 0;
            while (read < expected
                    && System.nanoTime() - started < Duration.ofMinutes(1).toNanos()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    SalesEventCodec.decode(record);
                    read++;
                }
            }
            return read / ((System.nanoTime() - started) / 1e9);
        }
    }
}
