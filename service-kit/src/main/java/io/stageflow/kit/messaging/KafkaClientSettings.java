package io.stageflow.kit.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What every Kafka client a service builds by hand (the forwarder's producer, the projection's
 * consumer and admin) shares with the Spring Cloud Stream binder: {@code spring.kafka.bootstrap-servers}
 * and Spring Boot's pass-through map {@code spring.kafka.properties.*}, which carries TLS and SASL
 * in Kafka's own keys (e.g. {@code SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL=SASL_SSL}). The typed
 * {@code spring.kafka.ssl.*} properties reach only the binder, so a cluster needs the map form.
 */
public record KafkaClientSettings(String bootstrapServers, Map<String, String> shared) {
    private static final String SHARED = "spring.kafka.properties";

    public static KafkaClientSettings from(Environment environment) {
        Binder binder = Binder.get(environment);
        return new KafkaClientSettings(
                environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                binder.bind(SHARED, Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
    }

    /** The shared settings under a client's own, which win: acks or offsets are not the operator's to change. */
    public Map<String, Object> with(Map<String, Object> clientOwn) {
        Map<String, Object> config = new HashMap<>(shared);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.putAll(clientOwn);
        return config;
    }
}
