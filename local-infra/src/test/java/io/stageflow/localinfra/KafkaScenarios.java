package io.stageflow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** What every Kafka the tests run on must do, in-process or in a container. */
final class KafkaScenarios {

    private KafkaScenarios() {}

    /** Keyed records spread over the partitions, and each key's records come back in order. */
    static void keyedRoundTrip(String bootstrap, String topic) {
        List<ProducerRecord<String, String>> sent = IntStream.range(0, 60)
                .mapToObj(i -> new ProducerRecord<>(topic, "opp-" + (i % 12), "event-" + i))
                .toList();
        KafkaClients.send(bootstrap, topic, sent);

        List<ConsumerRecord<String, String>> read = KafkaClients.consume(bootstrap, topic, "round-trip", sent.size());

        assertThat(read)
                .extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrderElementsOf(
                        sent.stream().map(ProducerRecord::value).toList());
        assertThat(read)
                .extracting(ConsumerRecord::partition)
                .containsOnly(0, 1, 2)
                .contains(0, 1, 2);
        Map<String, List<ConsumerRecord<String, String>>> byKey =
                read.stream().collect(Collectors.groupingBy(ConsumerRecord::key));
        byKey.values().forEach(records -> {
            assertThat(records)
                    .extracting(ConsumerRecord::partition)
                    .containsOnly(records.get(0).partition());
            assertThat(records)
                    .extracting(r -> Integer.parseInt(r.value().substring("event-".length())))
                    .isSorted();
        });
    }
}
