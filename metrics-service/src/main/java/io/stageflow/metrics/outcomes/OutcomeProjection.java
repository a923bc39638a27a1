package io.stageflow.metrics.outcomes;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.CellStore;
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
 * Projects opportunity outcomes (wins, losses, reopened losses) into cells. It shares the journey
 * projection's processor, so the topics are read and parsed once, and writes on the batch's last
 * message for the reason {@link JourneyProjection} gives.
 */
@Component
@ProcessingGroup(JourneyProjection.PROCESSING_GROUP)
public class OutcomeProjection {
    private static final String BATCH = OutcomeProjection.class.getName() + ".batch";

    private final DealStateStore states;
    private final CellStore cells;
    private final TenantZones zones;

    public OutcomeProjection(OutcomeCells outcomeCells, TenantZones zones) {
        this.states = outcomeCells.states();
        this.cells = outcomeCells.cells();
        this.zones = zones;
    }

    /**
     * Takes every contract event, not only opportunity events: the batch is written on its last
     * message, and that may be a lead event.
     */
    @EventHandler
    void on(SalesEvent event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        OutcomeBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> new OutcomeBatch());
        if (event instanceof OpportunityEvent opportunityEvent) {
            batch.add(opportunityEvent, sequenceOf(message), positionOf(message));
        }
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            batch.write(states, cells, zones);
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
