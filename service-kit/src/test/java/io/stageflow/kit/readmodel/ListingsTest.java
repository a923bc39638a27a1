package io.stageflow.kit.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.test.TestDatabases;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A list read model against the shared in-process MongoDB: what redelivery and replay leave behind. */
class ListingsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private Listings listings;

    @BeforeEach
    void freshCollection() {
        listings = new Listings(TestDatabases.fresh("listings").getCollection("things"));
    }

    private static ListingUpdate created(TenantId tenant, String id, long version, String colour) {
        return new ListingUpdate(
                tenant, id, version, recordedAt(version), true, new Document("id", id).append("colour", colour));
    }

    private static ListingUpdate changed(String id, long version, String colour) {
        return new ListingUpdate(ACME, id, version, recordedAt(version), false, new Document("colour", colour));
    }

    private static Instant recordedAt(long version) {
        return T0.plusSeconds(60 * version);
    }

    private List<Document> all(TenantId tenant) {
        return listings.page(tenant, List.of(), new Paging(0, 200), document -> document)
                .items();
    }

    private Document only() {
        assertThat(all(ACME)).hasSize(1);
        return all(ACME).get(0);
    }

    @Test
    void theFirstEventCreatesTheListingWithItsTenantVersionAndTime() {
        listings.write(List.of(created(ACME, "t1", 0, "red")));

        assertThat(only())
                .containsEntry("_id", "acme/t1")
                .containsEntry("tenant", "acme")
                .containsEntry("colour", "red")
                .containsEntry("version", 0L);
        assertThat(Listings.updatedAt(only())).isEqualTo(T0);
    }

    @Test
    void laterChangesSetOnlyTheirFields() {
        listings.write(List.of(created(ACME, "t1", 0, "red")));
        listings.write(List.of(changed("t1", 1, "green")));

        assertThat(only()).containsEntry("colour", "green").containsEntry("id", "t1");
        assertThat(Listings.version(only())).isEqualTo(1);
    }

    @Test
    void redeliveredOrReplayedBatchesChangeNothing() {
        listings.write(List.of(created(ACME, "t1", 0, "red"), changed("t1", 2, "blue")));
        Document before = only();

        listings.write(List.of(changed("t1", 2, "blue")));
        listings.write(List.of(created(ACME, "t1", 0, "red")));
        listings.write(List.of(changed("t1", 1, "green")));

        assertThat(only()).isEqualTo(before);
    }

    @Test
    void onlyTheFirstEventCreatesAListing() {
        listings.write(List.of(changed("t1", 3, "green")));

        assertThat(all(ACME)).isEmpty();
    }

    @Test
    void pagesListTheTenantsMostRecentlyChangedFirstWithoutOverlap() {
        listings.write(List.of(
                created(ACME, "t1", 0, "red"),
                created(ACME, "t2", 0, "red"),
                created(ACME, "t3", 0, "blue"),
                created(GLOBEX, "g1", 0, "red")));
        listings.write(List.of(changed("t1", 1, "red")));

        assertThat(ids(ACME, List.of(), new Paging(0, 2))).containsExactly("t1", "t2");
        assertThat(ids(ACME, List.of(), new Paging(1, 2))).containsExactly("t3");
        assertThat(ids(ACME, List.of(), new Paging(2, 2))).isEmpty();
        assertThat(listings.page(ACME, List.of(), new Paging(5, 2), d -> d).total())
                .isEqualTo(3);
        assertThat(ids(ACME, List.of(Filters.eq("colour", "red")), new Paging(0, 50)))
                .containsExactly("t1", "t2");
        assertThat(ids(ACME, List.of(Listings.updatedSince(recordedAt(1))), new Paging(0, 50)))
                .containsExactly("t1");
        assertThat(ids(GLOBEX, List.of(), new Paging(0, 50))).containsExactly("g1");
    }

    private List<String> ids(TenantId tenant, List<Bson> filters, Paging paging) {
        return listings.page(tenant, filters, paging, document -> document.getString("id"))
                .items();
    }
}
