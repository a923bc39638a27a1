package io.stageflow.kit.reasons;

import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.ReasonListDefined;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a list from its own events in the service's event store, not from a read model: a
 * definition is in force for the very next command, on every replica. The latest event holds the
 * whole list, so a read is two small lookups however often the list was redefined.
 */
public class StoredReasonLists implements ReasonLists {
    private final EventStore eventStore;

    public StoredReasonLists(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<String> current(TenantId tenant, ReasonKind kind) {
        return view(tenant, kind).reasons();
    }

    public ReasonListView view(TenantId tenant, ReasonKind kind) {
        return latest(tenant, kind)
                .map(defined -> new ReasonListView(kind.pathName(), defined.version(), defined.reasons(), false))
                .orElseGet(() -> ReasonListView.defaultsOf(kind));
    }

    private Optional<ReasonListDefined> latest(TenantId tenant, ReasonKind kind) {
        String listId = kind.listIdFor(tenant).value();
        Optional<Long> last = eventStore.lastSequenceNumberFor(listId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        DomainEventStream events = eventStore.readEvents(listId, last.get());
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof ReasonListDefined defined
                    && defined.tenantId().equals(tenant)) {
                return Optional.of(defined);
            }
        }
        return Optional.empty();
    }
}
