package io.stageflow.opportunity.account;

import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers from the event store, not a projection, so an account is known the moment its creation
 * returned. Only the stream's first event is read: an account's is its creation, naming its tenant.
 * The id space is shared with every other aggregate of the service, hence the type check; reading
 * from sequence 0 keeps a snapshot, should one ever be taken, from standing in for the creation.
 */
@Component
class EventStoreAccountDirectory implements AccountDirectory {
    private final EventStore eventStore;

    EventStoreAccountDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(TenantId tenant, AccountId account) {
        DomainEventStream events = eventStore.readEvents(account.value(), 0);
        if (!events.hasNext()) {
            return false;
        }
        DomainEventMessage<?> first = events.next();
        return first.getPayload() instanceof AccountCreated created
                && created.tenantId().equals(tenant);
    }
}
