package io.stageflow.opportunity.query.list;

import io.stageflow.events.OpportunityEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps {@code opportunity_list} in step with the service's own event store. A batch's events are
 * collected in its unit of work and written once, on its last message. Not in prepare-commit: the
 * pooled processor stores its token there before any handler's hook runs, and MongoDB has no
 * transaction to undo that, so a failed write would leave the token past events never written
 * (docs/adr/0001). Failing on the last message fails the batch, which is retried from the token.
 */
@ProcessingGroup(OpportunityListProjection.PROCESSING_GROUP)
class OpportunityListProjection {
    static final String PROCESSING_GROUP = "opportunity-list";
    private static final String BATCH = OpportunityListProjection.class.getName() + ".batch";

    private final OpportunityListStore store;

    OpportunityListProjection(OpportunityListStore store) {
        this.store = store;
    }

    @EventHandler
    void on(OpportunityEvent event, DomainEventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        ListingBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> new ListingBatch());
        batch.add(event, message.getSequenceNumber(), message.getTimestamp());
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            store.write(batch.changes());
        }
    }
}
