package io.stageflow.metrics.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.deadletter.DeadLetterSequences;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.kpi.ProjectionMeters;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KPI projection: one pooled streaming processor over the Kafka source, large batches. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {
    @Bean
    MongoDatabase metricsDatabase(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        return client.getDatabase(database);
    }

    @Bean
    ProjectionMeters projectionMeters(MeterRegistry registry) {
        return new ProjectionMeters(registry, KpiProjection.PROCESSING_GROUP);
    }

    @Bean
    TenantZones tenantZones(MetricsProperties properties) {
        return new TenantZones(properties.zones());
    }

    @Bean
    ConfigurerModule kpiProjectionProcessor(
            MetricsProperties properties,
            StreamableKafkaMessageSource<String, byte[]> kpiEventSource,
            KpiProjection kpiProjection,
            SequencedDeadLetterQueue<EventMessage<?>> kpiDeadLetters,
            EnqueuePolicy<EventMessage<?>> kpiParkingPolicy) {
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
                // One segment (above), so this names only what waits behind a parked event: its
                // aggregate's later events (ADR 0008). Not the Kafka partition: with more segments the
                // cells' per-partition positions would need it (ADR 0005), but then a poison event would
                // hold back a whole partition.
                .registerSequencingPolicy(KpiProjection.PROCESSING_GROUP, config -> DeadLetterSequences.BY_AGGREGATE)
                .registerDeadLetterQueue(KpiProjection.PROCESSING_GROUP, config -> kpiDeadLetters)
                .registerDeadLetterPolicy(KpiProjection.PROCESSING_GROUP, config -> kpiParkingPolicy)
                // Without it every event asks the queue in MongoDB whether its aggregate waits there: a
                // round trip per event, which bounded the projection (docs/benchmarks.md).
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        KpiProjection.PROCESSING_GROUP, (config, builder) -> builder.enableSequenceIdentifierCache())
                // Reads the batch's states before its first event and writes it after its last, outside
                // the dead-letter queue: a failing store fails the batch, it parks no event.
                .registerHandlerInterceptor(KpiProjection.PROCESSING_GROUP, config -> kpiProjection.batchInterceptor())
                // A failing event must reach the dead-letter queue, never be logged and skipped.
                .registerListenerInvocationErrorHandler(
                        KpiProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
