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
        LeadFold fold = null;
        for (Iterator<? extends DomainEventMessage<?>> it = events; it.hasNext(); ) {
            DomainEventMessage<?> message = it.next();
            Object payload = message.getPayload();
            if (payload instanceof LeadCreated created) {
                if (!tenant.equals(created.tenantId())) {
                    return Optional.empty();
                }
                fold = new LeadFold(created, message.getSequenceNumber(), message.getTimestamp());
            } else if (fold != null && payload instanceof LeadEvent event) {
                fold.apply(event, message.getSequenceNumber(), message.getTimestamp());
            }
        }
        return Optional.ofNullable(fold).map(LeadFold::view);
    }
}
