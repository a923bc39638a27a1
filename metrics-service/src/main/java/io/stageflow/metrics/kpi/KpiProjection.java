package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Projects every contract event into the KPI cells and the fact states behind them. Events are
 * collected in the batch's unit of work and written once, on the batch's last message. Not in
 * prepare-commit: the pooled processor stores its token there before any handler's hook runs, and
 * MongoDB has no transaction to undo that, so a failed write would leave the token past events never
 * written. Failing on the last message fails the batch instead, and the processor retries it from
 * the stored token.
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
    private static final String LAST_RECORDED = KpiProjection.class.getName() + ".lastRecorded";

    private final KpiCells cells;
    private final TenantZones zones;
    private final ProjectionProgress progress;

    public KpiProjection(KpiCells cells, TenantZones zones, ProjectionProgress progress) {
        this.cells = cells;
        this.zones = zones;
        this.progress = progress;
    }

    /** Every contract event: the batch is written on its last message, whatever kind that is. */
    @EventHandler
    void on(SalesEvent event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        KpiBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> cells.batch());
        batch.add(event, sequenceOf(message), positionOf(message));
        Instant recorded = unitOfWork.getOrComputeResource(LAST_RECORDED, key -> message.getTimestamp());
        if (message.getTimestamp().isAfter(recorded)) {
            unitOfWork.resources().put(LAST_RECORDED, message.getTimestamp());
        }
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            batch.write(zones);
            progress.record(unitOfWork.getResource(LAST_RECORDED));
        }
    }

    private static KafkaPosition positionOf(EventMessage<?> message) {
        return CloudEventsMessageConverter.positionOf(message)
                .orElseThrow(() -> new IllegalStateException("event " + message.getIdentifier()
                        + " did not come from Kafka: a cell cannot tell whether it has counted it"));
    }

    private static long sequenceOf(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain) {
            return domain.getSequenceNumber();
        }
        throw new IllegalStateException("event " + message.getIdentifier() + " carries no aggregate sequence");
    }
}
