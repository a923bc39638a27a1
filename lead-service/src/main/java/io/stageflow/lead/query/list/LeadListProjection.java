package io.stageflow.lead.query.list;

import io.stageflow.events.LeadEvent;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code lead_list} in step with the service's own event store, one bulk write per batch. */
@ProcessingGroup(LeadListProjection.PROCESSING_GROUP)
class LeadListProjection {
    static final String PROCESSING_GROUP = "lead-list";
    private static final String BATCH = LeadListProjection.class.getName() + ".batch";

    private final Listings listings;

    LeadListProjection(Listings listings) {
        this.listings = listings;
    }

    @EventHandler
    void on(LeadEvent event, DomainEventMessage<?> message) {
        ProcessorBatches.<LeadListBatch>collect(
                BATCH,
                LeadListBatch::new,
                batch -> batch.add(event, message.getSequenceNumber(), message.getTimestamp()),
                batch -> listings.write(batch.updates()));
    }
}
