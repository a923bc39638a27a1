package io.stageflow.metrics.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.stageflow.metrics.projection.JourneyProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journey projection: one pooled streaming processor over the Kafka source, large batches. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    MongoDatabase metricsDatabase(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        return client.getDatabase(database);
    }

    @Bean
    ConfigurerModule journeyProjectionProcessor(
            MetricsProperties properties, StreamableKafkaMessageSource<String, byte[]> journeyEventSource) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        JourneyProjection.PROCESSING_GROUP,
                        config -> journeyEventSource,
                        (config, builder) -> builder.batchSize(properties.batchSize())
                                // Each segment reads every partition: more segments read the topics
                                // more often. One until measured otherwise.
                                .initialSegmentCount(1)
                                .initialToken(source -> KafkaTrackingToken.emptyToken()))
                // A failing batch must be retried from the stored token, never logged and skipped.
                .registerListenerInvocationErrorHandler(
                        JourneyProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
