package io.stageflow.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The event-store-to-Kafka forwarder of a command-side service; on when it names its source. */
@AutoConfiguration
@ConditionalOnProperty("stageflow.forwarder.source")
@EnableConfigurationProperties(ForwarderProperties.class)
public class ForwarderConfiguration {

    /** A new producer each time the forwarder discards one (see KafkaForwarder). */
    static Supplier<Producer<String, byte[]>> forwarderProducers(KafkaClientSettings kafka) {
        return () -> new KafkaProducer<>(
                kafka.with(Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "stageflow-forwarder")),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Bean(destroyMethod = "close")
    KafkaForwarder kafkaForwarder(Environment environment, ForwarderProperties properties, MeterRegistry meters) {
        return new KafkaForwarder(
                forwarderProducers(KafkaClientSettings.from(environment)),
                properties.source(),
                properties.ackTimeout(),
                meters);
    }

    @Bean
    ConfigurerModule kafkaForwarderProcessor(ForwarderProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        KafkaForwarder.PROCESSING_GROUP,
                        Configuration::eventStore,
                        (config, builder) ->
                                builder.batchSize(properties.batchSize()).initialSegmentCount(1))
                // A failed send must stop the batch, never be logged and skipped.
                .registerListenerInvocationErrorHandler(
                        KafkaForwarder.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
