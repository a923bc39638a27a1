package io.stageflow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaPersistenceTest {

    private static final String TOPIC = "stageflow.opportunity-events.v1";

    @TempDir
    Path dataDir;

    @Test
    void recordsAndCommittedOffsetsSurviveRestartsOnTheSameDataDir() throws Exception {
        LocalKafka.Options options = LocalKafka.Options.defaults().withDataDir(dataDir);
        try (LocalKafka kafka = LocalKafka.start(options)) {
            String bootstrap = kafka.bootstrapServers();
            KafkaClients.send(bootstrap, TOPIC, records(0, 20));
            assertThat(KafkaClients.consume(bootstrap, TOPIC, "projector", 20)).hasSize(20);

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            KafkaClients.send(bootstrap, TOPIC, records(20, 25));
            assertThat(values(KafkaClients.consume(bootstrap, TOPIC, "projector", 5)))
                    .containsExactlyInAnyOrder("event-20", "event-21", "event-22", "event-23", "event-24");
        }

        try (LocalKafka reopened = LocalKafka.start(options)) {
            String bootstrap = reopened.bootstrapServers();
            assertThat(KafkaClients.committedOffsetsTotal(bootstrap, "projector"))
                    .isEqualTo(25);
            assertThat(values(KafkaClients.consume(bootstrap, TOPIC, "replay", 25)))
                    .containsExactlyInAnyOrderElementsOf(sentValues(records(0, 25)));
            assertThat(KafkaClients.partitionCount(bootstrap, TOPIC)).isEqualTo(3);
        }
        assertThat(dataDir.resolve("meta.properties")).exists();
    }

    @Test
    void aProducerWaitingThroughAnOutageDeliversAfterRestart() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(LocalKafka.Options.defaults().withDataDir(dataDir));
                KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers())) {
            producer.send(new ProducerRecord<>(TOPIC, "opp-1", "before")).get(10, TimeUnit.SECONDS);

            kafka.stop();
            Future<RecordMetadata> duringOutage = producer.send(new ProducerRecord<>(TOPIC, "opp-1", "during"));
            Thread.sleep(1_000);
            assertThat(duringOutage).isNotDone();
            kafka.restart();

            duringOutage.get(30, TimeUnit.SECONDS);
            assertThat(values(KafkaClients.consume(kafka.bootstrapServers(), TOPIC, "g", 2)))
                    .containsExactly("before", "during");
        }
    }

    private static List<ProducerRecord<String, String>> records(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> new ProducerRecord<>(TOPIC, "opp-" + (i % 7), "event-" + i))
                .toList();
    }

    private static List<String> sentValues(List<ProducerRecord<String, String>> records) {
        return records.stream().map(ProducerRecord::value).toList();
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
