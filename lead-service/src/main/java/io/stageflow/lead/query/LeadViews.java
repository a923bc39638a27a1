package io.stageflow.lead.query;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one lead by folding its own event stream: a lead has a handful of events, so this needs no
 * read model of its own (the metrics service owns the cross-lead views).
 */
@Component
public class LeadViews {
    private final EventStore eventStore;

    LeadViews(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The lead, or empty when it does not exist or belongs to another tenant (indistinguishably). */
    public Optional<LeadView> find(TenantId tenant, LeadId leadId) {
        DomainEventStream events = eventStore.readEvents(leadId.value());
        LeadView view = null;
        TenantId owner = null;
        for (Iterator<? extends DomainEventMessage<?>> it = events; it.hasNext(); ) {
            DomainEventMessage<?> message = it.next();
            Object payload = message.getPayload();
            if (payload instanceof LeadCreated created) {
                owner = created.tenantId();
                view = LeadView.created(created, message.getSequenceNumber());
            } else if (view != null && payload instanceof LeadEvent event) {
                view = view.after(event, message.getSequenceNumber());
            }
        }
        return tenant.equals(owner) ? Optional.ofNullable(view) : Optional.empty();
    }
}
