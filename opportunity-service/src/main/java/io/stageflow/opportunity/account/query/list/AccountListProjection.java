package io.stageflow.opportunity.account.query.list;

import io.stageflow.events.AccountEvent;
import io.stageflow.kit.readmodel.ListingUpdate;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.kit.readmodel.ProcessorBatches;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code account_list} in step with the service's own event store, one bulk write per batch. */
@ProcessingGroup(AccountListProjection.PROCESSING_GROUP)
class AccountListProjection {
    static final String PROCESSING_GROUP = "account-list";
    private static final String BATCH = AccountListProjection.class.getName() + ".batch";

    private final Listings listings;

    AccountListProjection(Listings listings) {
        this.listings = listings;
    }

    @EventHandler
    void on(AccountEvent event, DomainEventMessage<?> message) {
        ProcessorBatches.<List<ListingUpdate>>collect(
                BATCH,
                ArrayList::new,
                batch -> batch.add(AccountListing.of(event, message.getSequenceNumber(), message.getTimestamp())),
                listings::write);
    }
}
