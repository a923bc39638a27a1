package io.stageflow.kit.readmodel;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Read models kept by a pooled streaming processor over the service's own event store, written
 * once per batch. A batch's events are gathered in its unit of work and written on its last
 * message. Not in prepare-commit: the pooled processor stores its token there before any handler's
 * hook runs, and MongoDB has no transaction to undo that, so a failed write would leave the token
 * past events never written (docs/adr/0001). Failing on the last message fails the batch, which is
 * then retried from the token.
 */
public final class ProcessorBatches {
    private ProcessorBatches() {}

    /**
     * Adds the current event to the batch held under {@code key}, and completes the batch when the
     * event is its last. Call it from an {@code @EventHandler}.
     */
    public static <B> void collect(String key, Supplier<B> create, Consumer<B> add, Consumer<B> complete) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        B batch = unitOfWork.getOrComputeResource(key, ignored -> create.get());
        add.accept(batch);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            complete.accept(batch);
        }
    }

    /**
     * A processor of its own for {@code processingGroup}, so that the read model replays from the
     * first event into an empty collection and never waits on (or holds up) the Kafka forwarder. One
     * segment until measured otherwise; a failed write fails the batch for a retry, never is logged
     * and skipped.
     */
    public static ConfigurerModule processor(String processingGroup, int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        processingGroup, Configuration::eventStore, (config, builder) -> builder.batchSize(batchSize)
                                .initialSegmentCount(1))
                .registerListenerInvocationErrorHandler(processingGroup, config -> PropagatingErrorHandler.instance()));
    }
}
