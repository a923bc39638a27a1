package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stageflow.events.Topics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's KafkaTopics are every topic the code uses, kept forever and written to three brokers. */
class KafkaTopicsTest {
    private static final List<String> CONSUMERS = List.of("lead-service", "opportunity-service");

    @Test
    void everyTopicTheCodeUsesIsDeclared() throws IOException {
        List<String> used = new ArrayList<>(Topics.ALL);
        used.addAll(deadLetterTopics());
        assertThat(topics(ChartValues.EXTERNAL_KAFKA_MONGO_TLS))
                .extracting(t -> t.getSpec().getTopicName())
                .containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void topicsAreRetainedForeverOnThreeReplicas() {
        for (KafkaTopic topic : topics(ChartValues.ALL_FEATURES)) {
            String what = topic.getSpec().getTopicName();
            assertThat(topic.getMetadata().getLabels()).as(what).containsKey("strimzi.io/cluster");
            assertThat(topic.getSpec().getReplicas()).as(what).isEqualTo(3);
            assertThat(topic.getSpec().getConfig())
                    .as(what)
                    .containsEntry("retention.ms", -1)
                    .containsEntry("min.insync.replicas", 2);
        }
    }

    @Test
    void noTopicsUnlessAsked() {
        assertThat(topics(ChartValues.DEFAULTS)).isEmpty();
    }

    private static List<KafkaTopic> topics(ChartValues values) {
        return RenderedChart.of(values).all(KafkaTopic.class);
    }

    /** The binder's dead-letter topics, named in the consuming services' application.yml. */
    private static List<String> deadLetterTopics() throws IOException {
        List<String> names = new ArrayList<>();
        for (String service : CONSUMERS) {
            JsonNode config = new ObjectMapper(new YAMLFactory())
                    .readTree(Repo.ROOT
                            .resolve(service + "/src/main/resources/application.yml")
                            .toFile());
            config.findValues("dlq-name").forEach(name -> names.add(name.asText()));
        }
        assertThat(names).as("dead-letter topics found").hasSize(CONSUMERS.size());
        return names;
    }
}
