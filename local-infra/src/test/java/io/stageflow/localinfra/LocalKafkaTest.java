package io.stageflow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalKafkaTest {

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.start(LocalKafka.Options.defaults().withTopics(Map.of("deals", 3)));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void keyedRecordsRoundTripThroughThreePartitions() throws Exception {
        assertThat(KafkaClients.partitionCount(kafka.bootstrapServers(), "deals"))
                .isEqualTo(3);

        KafkaScenarios.keyedRoundTrip(kafka.bootstrapServers(), "deals");
    }

    @Test
    void topicsAppearOnFirstWriteWithDefaultPartitions() throws Exception {
        KafkaClients.send(
                kafka.bootstrapServers(), "born-on-write", List.of(new ProducerRecord<>("born-on-write", "k", "v")));

        assertThat(KafkaClients.partitionCount(kafka.bootstrapServers(), "born-on-write"))
                .isEqualTo(3);
        assertThat(KafkaClients.consume(kafka.bootstrapServers(), "born-on-write", "g", 1))
                .hasSize(1);
    }

    @Test
    void creatingExistingTopicsAgainChangesNothing() throws Exception {
        kafka.createTopics(Map.of("twice", 2));
        kafka.createTopics(Map.of("twice", 5, "once", 1));

        assertThat(KafkaClients.partitionCount(kafka.bootstrapServers(), "twice"))
                .isEqualTo(2);
        assertThat(KafkaClients.partitionCount(kafka.bootstrapServers(), "once"))
                .isEqualTo(1);
    }

    @Test
    void topicsKeepTheirRecordsForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "deals");
            var config = admin.describeConfigs(Set.of(topic)).all().get().get(topic);

            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
        }
    }

    @Test
    void aSecondBrokerInTheSameJvmIsIndependent() throws Exception {
        try (LocalKafka other = LocalKafka.start(LocalKafka.Options.defaults().withDefaultPartitions(1))) {
            KafkaClients.send(other.bootstrapServers(), "private", List.of(new ProducerRecord<>("private", "k", "v")));

            assertThat(other.bootstrapServers()).isNotEqualTo(kafka.bootstrapServers());
            assertThat(KafkaClients.partitionCount(other.bootstrapServers(), "private"))
                    .isEqualTo(1);
        }
        assertThat(KafkaClients.partitionCount(kafka.bootstrapServers(), "deals"))
                .isEqualTo(3);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
    }
}
