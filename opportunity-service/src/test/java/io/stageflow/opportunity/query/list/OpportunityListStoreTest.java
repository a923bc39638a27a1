package io.stageflow.opportunity.query.list;

import static io.stageflow.opportunity.query.list.ListingEvents.ACME;
import static io.stageflow.opportunity.query.list.ListingEvents.BUSINESS_TIME;
import static io.stageflow.opportunity.query.list.ListingEvents.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.stageflow.events.Money;
import io.stageflow.localinfra.SharedTestInfra;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store against the shared in-process MongoDB: what redelivery and replay leave behind. */
class OpportunityListStoreTest {
    private static MongoClient client;

    private final ListingEvents deal = new ListingEvents("deal-1");
    private OpportunityListStore store;
    private OpportunityLists lists;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedTestInfra.mongoConnectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshCollection() {
        MongoCollection<Document> listings =
                client.getDatabase("list-" + UUID.randomUUID()).getCollection(ListingFields.COLLECTION);
        store = new OpportunityListStore(listings);
        lists = new OpportunityLists(listings);
    }

    private void write(ListedEvent... batch) {
        ListingBatch listing = new ListingBatch();
        for (ListedEvent listed : batch) {
            listing.add(listed.event(), listed.sequence(), listed.recordedAt());
        }
        store.write(listing.changes());
    }

    private List<OpportunityListItem> all() {
        return lists.find(new OpportunityListQuery(ACME, null, null, null, null, null, null, null, 0, 200))
                .items();
    }

    private OpportunityListItem only() {
        assertThat(all()).hasSize(1);
        return all().get(0);
    }

    @Test
    void openingCreatesTheListingWithEveryField() {
        write(deal.opened(0));

        OpportunityListItem item = only();
        assertThat(item.opportunityId()).isEqualTo(deal.id());
        assertThat(item.leadId()).isNull();
        assertThat(item.stage()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(item.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(item.amount()).isEqualTo(new Money(new BigDecimal("5000.50"), "EUR"));
        assertThat(List.of(item.ownerId(), item.teamId(), item.source(), item.industry(), item.region()))
                .containsExactly("rep-7", "team-3", "web", "retail", "EMEA");
        assertThat(item.openedAt()).isEqualTo(BUSINESS_TIME);
        assertThat(item.updatedAt()).isEqualTo(recordedAt(0));
        assertThat(item.version()).isZero();
    }

    @Test
    void laterBatchesMoveTheListingOn() {
        write(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "PROPOSAL"));
        write(deal.moved(2, "PROPOSAL", "QUOTE"), deal.won(3, "4200"));

        OpportunityListItem item = only();
        assertThat(item.stage()).isEqualTo("WON");
        assertThat(item.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(item.amount().amount()).isEqualByComparingTo("4200");
        assertThat(item.version()).isEqualTo(3);
        assertThat(item.updatedAt()).isEqualTo(recordedAt(3));
        assertThat(item.ownerId()).isEqualTo("rep-7");
    }

    @Test
    void redeliveredBatchChangesNothing() {
        ListedEvent[] batch = {deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"), deal.lost(2)};
        write(batch);
        OpportunityListItem first = only();

        write(batch);

        assertThat(only()).isEqualTo(first);
    }

    @Test
    void replayedOlderEventsNeverMoveTheListingBackwards() {
        write(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"), deal.won(2, "4200"));
        OpportunityListItem won = only();

        write(deal.opened(0));
        write(deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"));
        write(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"));

        assertThat(only()).isEqualTo(won);
    }

    @Test
    void batchOverlappingWhatTheListingShowsCatchesUp() {
        write(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "PROPOSAL"));

        write(deal.moved(1, "NEEDS_ANALYSIS", "PROPOSAL"), deal.won(2, "4200"));

        assertThat(only().version()).isEqualTo(2);
        assertThat(only().status()).isEqualTo(OpportunityStatus.WON);
        assertThat(only().stage()).isEqualTo("WON");
    }

    @Test
    void reorderedBatchEndsAtItsHighestSequence() {
        write(deal.lost(2), deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"));

        assertThat(only().stage()).isEqualTo("LOST");
        assertThat(only().version()).isEqualTo(2);
    }

    @Test
    void amountCloseDateAndOwnerChangesShowInTheListing() {
        write(deal.opened(0), deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"));
        assertThat(only().expectedCloseDate()).isNull();

        write(deal.amountChanged(2, "5000.50", "7250.25", "USD"), deal.closeDateChanged(3, null, "2026-06-30"));
        write(deal.reassigned(4, "rep-9", "team-4"));

        OpportunityListItem item = only();
        assertThat(item.amount()).isEqualTo(new Money(new BigDecimal("7250.25"), "USD"));
        assertThat(item.expectedCloseDate()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(List.of(item.ownerId(), item.teamId())).containsExactly("rep-9", "team-4");
        assertThat(item.stage()).isEqualTo("QUOTE");
        assertThat(item.source()).isEqualTo("web");
        assertThat(item.version()).isEqualTo(4);
        assertThat(lists.find(new OpportunityListQuery(ACME, null, "rep-9", "team-4", null, null, null, null, 0, 50))
                        .items())
                .containsExactly(item);
        assertThat(lists.find(new OpportunityListQuery(ACME, null, "rep-7", null, null, null, null, null, 0, 50))
                        .items())
                .isEmpty();
    }

    @Test
    void reassignmentInTheOpeningBatchWinsOverTheOpeningOwnerAndReplayKeepsIt() {
        ListedEvent[] batch = {deal.opened(0), deal.reassigned(1, "rep-9", "team-4")};
        write(batch);

        write(deal.opened(0));
        write(batch);

        assertThat(List.of(only().ownerId(), only().teamId())).containsExactly("rep-9", "team-4");
        assertThat(only().version()).isEqualTo(1);
    }

    @Test
    void onlyTheOpeningCreatesAListing() {
        write(deal.moved(1, "NEEDS_ANALYSIS", "QUOTE"));

        assertThat(all()).isEmpty();
    }
}
