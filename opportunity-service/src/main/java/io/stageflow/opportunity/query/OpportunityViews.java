package io.stageflow.opportunity.query;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityOpened;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one opportunity by folding its own event stream: an opportunity has a handful of events, so
 * this needs no read model of its own (the metrics service owns the cross-opportunity views).
 */
@Component
public class OpportunityViews {
    private final EventStore eventStore;

    OpportunityViews(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The opportunity, or empty when it does not exist or belongs to another tenant (indistinguishably). */
    public Optional<OpportunityView> find(TenantId tenant, OpportunityId opportunityId) {
        OpportunityFold fold = null;
        TenantId owner = null;
        for (Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(opportunityId.value());
                events.hasNext(); ) {
            DomainEventMessage<?> message = events.next();
            Object payload = message.getPayload();
            if (payload instanceof OpportunityOpened opened) {
                owner = opened.tenantId();
                fold = new OpportunityFold(opened, message.getSequenceNumber(), message.getTimestamp());
            } else if (fold != null && payload instanceof OpportunityEvent event) {
                fold.apply(event, message.getSequenceNumber(), message.getTimestamp());
            }
        }
        return tenant.equals(owner) && fold != null ? Optional.of(fold.view()) : Optional.empty();
    }
}
