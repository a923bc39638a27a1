package io.stageflow.metrics.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KPI projection: one pooled streaming processor over the Kafka source, large batches. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {
    private static final SequencingPolicy<EventMessage<?>> BY_KAFKA_PARTITION =
            event -> event.getMetaData().getOrDefault(CloudEventsMessageConverter.KAFKA_PARTITION, -1);

    @Bean
    MongoDatabase metricsDatabase(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        return client.getDatabase(database);
    }

    @Bean
    TenantZones tenantZones(MetricsProperties properties) {
        return new TenantZones(properties.zones());
    }

    @Bean
    ConfigurerModule kpiProjectionProcessor(
            MetricsProperties properties, StreamableKafkaMessageSource<String, byte[]> kpiEventSource) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        KpiProjection.PROCESSING_GROUP,
                        config -> kpiEventSource,
                        (config, builder) -> builder.batchSize(properties.batchSize())
                                // Each segment reads every partition: more segments read the topics
                                // more often. And a journey takes events from two topics, which one
                                // segment gives to one writer (JourneyBatch). One segment.
                                .initialSegmentCount(1)
                                .initialToken(source -> KafkaTrackingToken.emptyToken()))
                // By Kafka partition, not by aggregate: a partition's events then always go to one
                // segment, which is what lets a cell keep one position per partition (ADR 0005).
                // Each aggregate's events are in one partition, so they stay in order too.
                .registerSequencingPolicy(KpiProjection.PROCESSING_GROUP, config -> BY_KAFKA_PARTITION)
                // A failing batch must be retried from the stored token, never logged and skipped.
                .registerListenerInvocationErrorHandler(
                        KpiProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
