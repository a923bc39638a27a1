package io.stageflow.bench.ingest;

import io.stageflow.events.cloudevents.SalesEventCodec;
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

/**
 * The local limit the projection is compared with: a plain consumer that reads every record of the
 * topics from the start and decodes it with the contract's codec, and does nothing else. As in the
 * metrics service's own NoLossTest baseline.
 */
public final class BareConsumer {
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private BareConsumer() {}

    public record Result(long records, double seconds) {
        public double perSecond() {
            return records / seconds;
        }
    }

    public static Result readAndParse(String bootstrapServers, List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-bare-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
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
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            long expected = partitions.stream()
                    .mapToLong(p -> ends.get(p) - starts.get(p))
                    .sum();
            long started = System.nanoTime();
            long read = 0;
            while (read < expected && System.nanoTime() - started < LIMIT.toNanos()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    SalesEventCodec.decode(record);
                    read++;
                }
            }
            return new Result(read, (System.nanoTime() - started) / 1e9);
        }
    }
}
