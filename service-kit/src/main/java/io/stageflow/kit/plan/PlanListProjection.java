package io.stageflow.kit.plan;

import io.stageflow.events.PlanEvent;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/** Keeps a service's list of figures in step with its own event store, one bulk write per batch. */
@ProcessingGroup(PlanListProjection.PROCESSING_GROUP)
public class PlanListProjection {
    public static final String PROCESSING_GROUP = "plan-list";
    private static final String BATCH = PlanListProjection.class.getName() + ".batch";

    private final Listings listings;

    PlanListProjection(Listings listings) {
        this.listings = listings;
    }

    @EventHandler
    void on(PlanEvent event, DomainEventMessage<?> message) {
        ProcessorBatches.<PlanListBatch>collect(
                BATCH,
                PlanListBatch::new,
                batch -> batch.add(PlanEntry.of(event), message.getSequenceNumber(), message.getTimestamp()),
                batch -> listings.write(batch.updates()));
    }
}
