package io.stageflow.metrics.rebuild;

import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.deadletter.DeadLetterSequences;
import io.stageflow.metrics.deadletter.ParkingPolicy;
import io.stageflow.metrics.kpi.KpiCells;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.kpi.ProjectionMeters;
import io.stageflow.metrics.kpi.ProjectionProgress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * One rebuild: a pooled processor of its own, named for this run, reading the retained topics from
 * the beginning into the {@code rebuild_} collections, with a dead-letter queue of its own. It runs
 * beside the live processor; queries keep reading the live collections until the switch.
 */
final class RebuildRun {
    static final String PREFIX = "rebuild_";

    final String processorName;
    final Instant startedAt;
    final KpiCells cells;
    final SequencedDeadLetterQueue<EventMessage<?>> deadLetters;
    private final PooledStreamingEventProcessor processor;
    private final ScheduledExecutorService coordinator;
    private final ScheduledExecutorService worker;

    RebuildRun(
            String processorName,
            Instant startedAt,
            KpiCells cells,
            SequencedDeadLetterQueue<EventMessage<?>> deadLetters,
            StreamableKafkaMessageSource<String, byte[]> source,
            TokenStore tokens,
            TenantZones zones,
            ProjectionProgress progress,
            int batchSize) {
        this.processorName = processorName;
        this.startedAt = startedAt;
        this.cells = cells;
        this.deadLetters = deadLetters;
        this.coordinator = Executors.newSingleThreadScheduledExecutor(daemon(processorName + "-coordinator"));
        this.worker = Executors.newSingleThreadScheduledExecutor(daemon(processorName + "-worker"));
        KpiProjection projection = new KpiProjection(cells, zones, progress, ProjectionMeters.unscraped(processorName));
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(projection)
                .sequencingPolicy(DeadLetterSequences.BY_AGGREGATE)
                .queue(deadLetters)
                .enqueuePolicy(new ParkingPolicy())
                .transactionManager(NoTransactionManager.instance())
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
        invoker.registerHandlerInterceptor(projection.batchInterceptor());
        this.processor = PooledStreamingEventProcessor.builder()
                .name(processorName)
                .eventHandlerInvoker(invoker)
                .messageSource(source)
                .tokenStore(tokens)
                .transactionManager(NoTransactionManager.instance())
                .errorHandler(PropagatingErrorHandler.instance())
                .coordinatorExecutor(
                        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, processorName + "-coordinator")))
                .workerExecutor(
                        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, processorName + "-worker")))
                .initialSegmentCount(1)
                .batchSize(batchSize)
                .initialToken(messageSource -> KafkaTrackingToken.emptyToken())
                .build();
        processor.registerHandlerInterceptor(projection.batchInterceptor());
    }

    void start() {
        processor.start();
    }

    /** Lets the batch under way finish, releases the token, and ends the run's threads. */
    void stop() {
        processor.shutDown();
        coordinator.shutdownNow();
        worker.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    String error() {
        return processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError()))
                .findFirst()
                .orElse(null);
    }

    /** The last offset projected in each partition, as far as the processor has committed. */
    Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            if (WrappedToken.unwrapLowerBound(status.getTrackingToken()) instanceof KafkaTrackingToken kafka) {
                positions.putAll(kafka.getPositions());
            }
        }
        return positions;
    }
}
