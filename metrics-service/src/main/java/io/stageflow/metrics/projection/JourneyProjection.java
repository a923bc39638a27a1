package io.stageflow.metrics.projection;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Projects every contract event into its journey. Events are collected in the batch's unit of work
 * and written once, on the batch's last message. Not in prepare-commit: the pooled processor stores
 * its token there before any handler's hook runs, and MongoDB has no transaction to undo that, so a
 * failed write would leave the token past events never written. Failing on the last message fails
 * the batch instead, and the processor retries it from the stored token.
 */
@Component
@ProcessingGroup(JourneyProjection.PROCESSING_GROUP)
public class JourneyProjection {
    public static final String PROCESSING_GROUP = "journey-projection";
    private static final String BATCH = JourneyProjection.class.getName() + ".batch";

    private final JourneyStore store;

    public JourneyProjection(JourneyStore store) {
        this.store = store;
    }

    @EventHandler
    void on(SalesEvent event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        JourneyBatch batch = unitOfWork.getOrComputeResource(BATCH, key -> new JourneyBatch());
        // Account and plan events share the processor (the KPI cells read them) but are no journey's.
        if (event instanceof LeadEvent || event instanceof OpportunityEvent) {
            batch.add(event, message.getTimestamp());
        }
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            store.write(batch.resolve(store::journeyIdsOf));
        }
    }
}
