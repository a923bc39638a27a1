package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import io.stageflow.metrics.messaging.RejectedRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Projects every contract event into the KPI cells and the fact states behind them.
 *
 * <p>Two parts, because a failure means different things in each (ADR 0008). The <em>handler</em>
 * applies one event to the batch's states; if that event cannot be applied it throws, and the
 * dead-letter queue, which wraps the handler, parks it and its aggregate's later events while the
 * rest flow on. The <em>interceptor</em>, outside the dead-letter queue, fetches the batch's states
 * before its first event and writes the cells and states after its last. A failure there is the
 * store's, not an event's: it fails the whole batch, which the processor retries from its token.
 *
 * <p>Not in prepare-commit: the pooled processor stores its token there before any handler's hook
 * runs, and MongoDB has no transaction to undo that, so a failed write would leave the token past
 * events never written. Writing on the last message fails the batch instead.
 */
@Component
@ProcessingGroup(KpiProjection.PROCESSING_GROUP)
public class KpiProjection {
    /**
     * Named anew when the funnel moved onto the cells: the new name starts from the beginning of the
     * topics, which fills the journey cells, while every fact already counted is skipped by its
     * sequence or its cells' positions (ADR 0005).
     */
    public static final String PROCESSING_GROUP = "kpi-projection";

    private static final String BATCH = KpiProjection.class.getName() + ".batch";

    private final KpiCells cells;
    private final TenantZones zones;
    private final ProjectionProgress progress;
    private final ProjectionMeters meters;

    public KpiProjection(KpiCells cells, TenantZones zones, ProjectionProgress progress, ProjectionMeters meters) {
        this.cells = cells;
        this.zones = zones;
        this.progress = progress;
        this.meters = meters;
    }

    /**
     * The batch's reads and writes around the handler, for the processing group alone. Not the bean
     * itself: Axon's Spring support registers every interceptor bean with every processor.
     */
    public MessageHandlerInterceptor<EventMessage<?>> batchInterceptor() {
        return this::aroundHandler;
    }

    private Object aroundHandler(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        KpiBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> prepared(unitOfWork));
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            meters.written(batch.write());
            if (!isRetry(unitOfWork)) {
                progress.record(lastRecorded(unitOfWork));
            }
        }
        return result;
    }

    /** Every contract event, added to the batch the interceptor prepared. */
    @EventHandler
    void on(SalesEvent event, EventMessage<?> message) {
        KpiBatch batch = CurrentUnitOfWork.get().getResource(BATCH);
        if (batch == null) {
            throw new IllegalStateException("the KPI projection's interceptor is not registered for " + PROCESSING_GROUP
                    + ": nothing would write its batch");
        }
        batch.add(arrivalOf(message)
                .orElseThrow(() -> new IllegalStateException(
                        "event " + message.getIdentifier() + " did not come from Kafka with an aggregate sequence:"
                                + " a cell cannot tell whether it has counted it")));
    }

    /** A record that is no valid event waits in the dead-letter queue, holding back its aggregate's. */
    @EventHandler
    void on(RejectedRecord rejected) {
        throw new UnreadableRecordException(rejected);
    }

    private KpiBatch prepared(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        KpiBatch batch = cells.batch(zones, isRetry(unitOfWork));
        List<Arrival> arrivals = new ArrayList<>();
        messagesOf(unitOfWork).forEach(message -> arrivalOf(message).ifPresent(arrivals::add));
        batch.prepare(arrivals);
        return batch;
    }

    private static boolean isRetry(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName());
    }

    private static List<? extends EventMessage<?>> messagesOf(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        return unitOfWork instanceof BatchingUnitOfWork<? extends EventMessage<?>> batching
                ? batching.getMessages()
                : List.of(unitOfWork.getMessage());
    }

    private static Instant lastRecorded(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        return messagesOf(unitOfWork).stream()
                .map(EventMessage::getTimestamp)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Optional<Arrival> arrivalOf(EventMessage<?> message) {
        Optional<KafkaPosition> position = CloudEventsMessageConverter.positionOf(message);
        if (!(message.getPayload() instanceof SalesEvent event)
                || !(message instanceof DomainEventMessage<?> domain)
                || position.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Arrival(event, domain.getSequenceNumber(), position.get()));
    }
}
