package io.stageflow.kit.plan;

import io.stageflow.events.PlanEvent;
import io.stageflow.events.ids.TenantId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Reads one figure by folding its own event stream, so a read by key always shows the caller's last
 * write (the lists trail by a moment). A figure is set a handful of times: no read model needed.
 */
public class PlanHistories {
    private final EventStore eventStore;

    public PlanHistories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The figure, or empty when it was never set or is another tenant's (indistinguishably). */
    public Optional<PlanHistory> find(TenantId tenant, String id) {
        List<PlanHistoryEntry> history = new ArrayList<>();
        PlanEntry last = null;
        long version = PlanFigure.NO_VERSION;
        for (Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(id); events.hasNext(); ) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof PlanEvent event) {
                last = PlanEntry.of(event);
                version = message.getSequenceNumber();
                history.add(new PlanHistoryEntry(
                        last.amount(), last.previous(), last.occurredAt(), message.getTimestamp()));
            }
        }
        if (last == null || !last.tenant().equals(tenant)) {
            return Optional.empty();
        }
        return Optional.of(new PlanHistory(id, last.amount(), version, List.copyOf(history)));
    }

    /** The figure, or a not-found (404) that says nothing of whether another tenant has it. */
    public PlanHistory require(TenantId tenant, String id, String kind) {
        return find(tenant, id).orElseThrow(() -> new AggregateNotFoundException(id, "no " + kind + " " + id));
    }
}
