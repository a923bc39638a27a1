package io.stageflow.opportunity.account.query;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;
import java.util.Iterator;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads one account by folding its own event stream, so a read always reflects the last write. An
 * account gains an event per deal, churn and renewal: a few dozen over years, cheap to fold.
 */
@Component
public class AccountViews {
    private final EventStore eventStore;

    AccountViews(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The account, or empty when it does not exist, belongs to another tenant or the id is another
     * aggregate's (indistinguishably).
     */
    public Optional<AccountView> find(TenantId tenant, AccountId accountId) {
        AccountFold fold = null;
        for (Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(accountId.value(), 0);
                events.hasNext(); ) {
            DomainEventMessage<?> message = events.next();
            Object payload = message.getPayload();
            if (payload instanceof AccountCreated created) {
                if (!tenant.equals(created.tenantId())) {
                    return Optional.empty();
                }
                fold = new AccountFold(created, message.getSequenceNumber(), message.getTimestamp());
            } else if (fold != null && payload instanceof AccountEvent event) {
                fold.apply(event, message.getSequenceNumber(), message.getTimestamp());
            }
        }
        return Optional.ofNullable(fold).map(AccountFold::view);
    }
}
