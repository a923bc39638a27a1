package io.stageflow.metrics.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.kit.messaging.KafkaClientSettings;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import io.stageflow.metrics.messaging.FifoKafkaMessageBuffer;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.extensions.kafka.eventhandling.consumer.AsyncFetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.DefaultConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The event topics as an Axon streamable source, read in poll order and mapped from CloudEvents. */
@Configuration(proxyBeanMethods = false)
public class KafkaSourceConfiguration {

    @Bean(destroyMethod = "shutdown")
    AsyncFetcher<String, byte[], KafkaEventMessage> journeyEventFetcher(MetricsProperties properties) {
        return AsyncFetcher.<String, byte[], KafkaEventMessage>builder()
                .pollTimeout(properties.pollTimeout().toMillis())
                .build();
    }

    @Bean
    StreamableKafkaMessageSource<String, byte[]> kpiEventSource(
            Environment environment,
            MetricsProperties properties,
            AsyncFetcher<String, byte[], KafkaEventMessage> journeyEventFetcher,
            MeterRegistry meters,
            Serializer serializer) {
        Map<String, Object> consumer = KafkaClientSettings.from(environment)
                .with(Map.of(
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        // The tracking token in MongoDB is the position; committed offsets would only mislead.
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        properties.batchSize(),
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        properties.consumerGroup()));
        return StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(properties.topics())
                // Only its default converter would use it; ours reads CloudEvents. Set, so no XStream is built.
                .serializer(serializer)
                .consumerFactory(new DefaultConsumerFactory<>(consumer))
                .fetcher(journeyEventFetcher)
                .messageConverter(
                        new CloudEventsMessageConverter(meters, KpiProjection.PROCESSING_GROUP, properties.topics()))
                .bufferFactory(() -> new FifoKafkaMessageBuffer(properties.bufferCapacity()))
                .build();
    }

    /** End offsets for the lag the status endpoint reports; thread-safe, unlike a consumer. */
    @Bean(destroyMethod = "close")
    Admin metricsKafkaAdmin(Environment environment) {
        return Admin.create(KafkaClientSettings.from(environment)
                .with(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, "stageflow-metrics-admin")));
    }
}
