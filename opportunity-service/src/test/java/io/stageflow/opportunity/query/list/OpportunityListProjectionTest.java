package io.stageflow.opportunity.query.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.localinfra.SharedTestInfra;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler inside a batch as the pooled processor runs it: nothing is written before the last message. */
class OpportunityListProjectionTest {
    private MongoClient client;
    private MongoCollection<Document> listings;
    private OpportunityListProjection projection;

    @BeforeEach
    void freshCollection() {
        client = MongoClients.create(SharedTestInfra.mongoConnectionString());
        listings = client.getDatabase("list-" + UUID.randomUUID()).getCollection(ListingFields.COLLECTION);
        projection = new OpportunityListProjection(new OpportunityListStore(listings));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void batchIsWrittenOnceOnItsLastMessage() {
        ListingEvents first = new ListingEvents("deal-1");
        ListingEvents second = new ListingEvents("deal-2");
        List<DomainEventMessage<?>> messages = List.of(
                message(first.opened(0)),
                message(second.opened(0)),
                message(first.moved(1, "NEEDS_ANALYSIS", "QUOTE")));
        List<Long> storedBeforeEachMessage = new ArrayList<>();

        BatchingUnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(
                () -> {
                    storedBeforeEachMessage.add(listings.countDocuments());
                    DomainEventMessage<?> message =
                            (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
                    projection.on((OpportunityEvent) message.getPayload(), message);
                    return null;
                },
                RollbackConfigurationType.ANY_THROWABLE);

        assertThat(storedBeforeEachMessage).containsExactly(0L, 0L, 0L);
        assertThat(listings.countDocuments()).isEqualTo(2);
        assertThat(listings.find(new Document(ListingFields.ID, "acme/deal-1")).first())
                .containsEntry(ListingFields.STAGE, "QUOTE")
                .containsEntry(ListingFields.VERSION, 1L);
    }

    private static DomainEventMessage<?> message(ListedEvent listed) {
        OpportunityEvent event = listed.event();
        return new GenericDomainEventMessage<>(
                "Opportunity",
                event.opportunityId().value(),
                listed.sequence(),
                event,
                Map.of(),
                UUID.randomUUID().toString(),
                listed.recordedAt());
    }
}
