package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import io.stageflow.metrics.projection.JourneyProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Projects lead and opportunity facts into the KPI cells. It shares the journey projection's
 * processor, so the topics are read and parsed once, and writes on the batch's last message for the
 * reason {@link JourneyProjection} gives.
 */
@Component
@ProcessingGroup(JourneyProjection.PROCESSING_GROUP)
public class KpiProjection {
    private static final String BATCH = KpiProjection.class.getName() + ".batch";

    private final KpiCells cells;
    private final TenantZones zones;

    public KpiProjection(KpiCells cells, TenantZones zones) {
        this.cells = cells;
        this.zones = zones;
    }

    /** Every contract event: the batch is written on its last message, whatever kind that is. */
    @EventHandler
    void on(SalesEvent event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        KpiBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> cells.batch());
        batch.add(event, sequenceOf(message), positionOf(message));
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            batch.write(zones);
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
