package io.stageflow.metrics.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.metrics.kpi.KpiProjection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KPI projection's sequenced dead-letter queue in MongoDB (ADR 0008), with gauges of what waits
 * in it. Letters are stored with the contract's own mapping, like the command side's event store.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {
    public static final String PARKED_EVENTS = "stageflow.projection.parked.events";
    public static final String PARKED_AGGREGATES = "stageflow.projection.parked.aggregates";

    @Bean
    SequencedDeadLetterQueue<EventMessage<?>> kpiDeadLetters(
            MongoTemplate axonMongoTemplate,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${stageflow.metrics.dead-letters.max-aggregates:10000}") int maxAggregates,
            MeterRegistry meters) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(KpiProjection.PROCESSING_GROUP)
                .mongoTemplate(axonMongoTemplate)
                .serializer(eventSerializer)
                .maxSequences(maxAggregates)
                .build();
        Gauge.builder(PARKED_EVENTS, queue, SequencedDeadLetterQueue::size)
                .description("Events the projection parked in its dead-letter queue, waiting for a retry or eviction")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(meters);
        Gauge.builder(PARKED_AGGREGATES, queue, SequencedDeadLetterQueue::amountOfSequences)
                .description("Aggregates whose events wait behind a parked one")
                .tag("processor", KpiProjection.PROCESSING_GROUP)
                .register(meters);
        return queue;
    }

    @Bean
    EnqueuePolicy<EventMessage<?>> kpiParkingPolicy() {
        return new ParkingPolicy();
    }
}
