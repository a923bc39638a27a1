package io.stageflow.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A cluster's TLS and SASL settings, given as environment variables the way the Helm chart gives
 * them, reach the clients the services build by hand, not only the Spring Cloud Stream binder.
 */
class KafkaClientSettingsTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"stageflow\" password=\"not-a-secret\";";

    private final KafkaClientSettings settings = KafkaClientSettings.from(environment(Map.of(
            "SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9093",
            "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
            "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
            "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS,
            "SPRING_KAFKA_PROPERTIES_ACKS", "1")));

    @Test
    void environmentVariablesBecomeKafkaClientKeys() {
        assertThat(settings.with(Map.of()))
                .containsEntry("bootstrap.servers", "localhost:9093")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS);
    }

    @Test
    void theClientsOwnSettingsWin() {
        assertThat(settings.with(Map.of(ProducerConfig.ACKS_CONFIG, "all")))
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    @Test
    void theForwardersProducerTakesTheSaslSettings() {
        // Building the producer parses the JAAS configuration and sets up the SCRAM login; no broker needed.
        try (var producer = ForwarderConfiguration.forwarderProducers(settings).get()) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        // In place of the real variables, under the name by which Spring maps SPRING_KAFKA_... to spring.kafka...
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, variables));
        return environment;
    }
}
