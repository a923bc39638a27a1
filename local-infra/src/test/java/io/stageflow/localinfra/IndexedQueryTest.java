package io.stageflow.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which documents a query is planned to look at: the index's range, not the collection. */
class IndexedQueryTest {
    private final SecondaryIndex<Integer> byValue = index("by_value", "tenant", "dim", "value", "day");
    private final SecondaryIndex<Integer> byDay = index("by_day", "tenant", "dim", "day");
    private final List<Index<Integer>> indexes = List.of(byValue, byDay);

    @BeforeEach
    void cells() {
        add(0, "t1", "source", "web", "2025-01-01");
        add(1, "t1", "source", "web", "2025-02-01");
        add(2, "t1", "source", "fair", "2025-02-01");
        add(3, "t1", "region", "emea", "2025-02-01");
        add(4, "t2", "source", "web", "2025-02-01");
        add(5, "t1", "source", "web", "2025-03-01");
    }

    @Test
    void fixedLeadingFieldsAndARangeOnTheNextOneNarrowToTheRange() {
        Document query = and(
                new Document("tenant", "t1"),
                new Document("dim", "source"),
                new Document("value", "web"),
                new Document("day", new Document("$gte", "2025-02-01")),
                new Document("day", new Document("$lt", "2025-03-01")));

        assertThat(IndexedQuery.positions(query, indexes)).containsExactly(1);
    }

    @Test
    void exclusiveAndInclusiveEndsOfARange() {
        Document after = and(
                new Document("tenant", "t1"),
                new Document("dim", "source"),
                new Document("day", new Document("$gt", "2025-01-01").append("$lte", "2025-03-01")));

        assertThat(IndexedQuery.positions(after, indexes)).containsExactlyInAnyOrder(1, 2, 5);
    }

    @Test
    void anInListFixesAFieldToEachOfItsValues() {
        Document query = new Document("tenant", "t1")
                .append("dim", new Document("$in", List.of("source", "region")))
                .append("value", new Document("$in", List.of("fair", "emea")));

        assertThat(IndexedQuery.positions(query, indexes)).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void theIndexThatFixesMoreLeadingFieldsIsChosen() {
        Document query = new Document("tenant", "t1").append("dim", "source").append("value", "fair");

        assertThat(IndexedQuery.positions(query, indexes)).containsExactly(2);
    }

    @Test
    void aQueryThatDoesNotFixTheLeadingFieldScans() {
        assertThat(IndexedQuery.positions(new Document("dim", "source"), indexes))
                .isNull();
        assertThat(IndexedQuery.positions(new Document("tenant", new Document("$ne", "t1")), indexes))
                .isNull();
        assertThat(IndexedQuery.positions(new Document("tenant", true), indexes))
                .isNull();
    }

    @Test
    void aMovedDocumentIsFoundUnderItsNewKeyOnly() {
        Document before = cell(5, "t1", "source", "web", "2025-03-01");
        Document after = cell(5, "t1", "source", "fair", "2025-03-01");
        byValue.updateInPlace(before, after, 5, null);

        assertThat(IndexedQuery.positions(
                        new Document("tenant", "t1").append("dim", "source").append("value", "fair"), indexes))
                .containsExactlyInAnyOrder(2, 5);
        assertThat(byValue.getCount()).isEqualTo(6);
        assertThat(byValue.remove(after)).isEqualTo(5);
        assertThat(byValue.getCount()).isEqualTo(5);
    }

    @Test
    void documentsSharingTheIndexedValuesAreAllFoundUntilRemoved() {
        Document twin = cell(6, "t1", "source", "fair", "2025-02-01");
        Document triplet = cell(7, "t1", "source", "fair", "2025-02-01");
        byValue.add(twin, 6, null);
        byValue.add(triplet, 7, null);
        Document fair = new Document("tenant", "t1").append("dim", "source").append("value", "fair");

        assertThat(IndexedQuery.positions(fair, indexes)).containsExactlyInAnyOrder(2, 6, 7);
        assertThat(byValue.getPosition(twin)).isEqualTo(6);

        assertThat(byValue.remove(twin)).isEqualTo(6);
        assertThat(byValue.remove(cell(2, "t1", "source", "fair", "2025-02-01")))
                .isEqualTo(2);

        assertThat(IndexedQuery.positions(fair, indexes)).containsExactly(7);
        assertThat(byValue.getPosition(triplet)).isEqualTo(7);
        assertThat(byValue.getCount()).isEqualTo(6);
    }

    @Test
    void aListOfIdsIsLookedUpAndNeedsNoFurtherCheck() {
        Document onlyIds = new Document("_id", new Document("$in", List.of("c1", "c9")));

        IndexedQuery.Plan<Integer> plan = IndexedQuery.plan(onlyIds, List.of(uniqueIds()));
        IndexedQuery.Plan<Integer> withMore =
                IndexedQuery.plan(new Document(onlyIds).append("tenant", "t1"), List.of(uniqueIds()));

        assertThat(plan.positions()).containsExactly(1);
        assertThat(plan.residual()).isEmpty();
        assertThat(withMore)
                .as("left to the store, which checks every condition")
                .isNull();
    }

    /** The collection's own unique id index, as the memory backend builds it, holding c0..c5. */
    private static Index<Integer> uniqueIds() {
        de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex index =
                new de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex(
                        "_id_", List.of(new IndexKey("_id", true)), false);
        for (int position = 0; position < 6; position++) {
            index.add(new Document("_id", "c" + position), position, null);
        }
        return index;
    }

    private void add(int position, String tenant, String dim, String value, String day) {
        Document cell = cell(position, tenant, dim, value, day);
        byValue.add(cell, position, null);
        byDay.add(cell, position, null);
    }

    private static Document cell(int position, String tenant, String dim, String value, String day) {
        return new Document("_id", "c" + position)
                .append("tenant", tenant)
                .append("dim", dim)
                .append("value", value)
                .append("day", day);
    }

    private static Document and(Document... parts) {
        return new Document("$and", new ArrayList<>(List.of(parts)));
    }

    private static SecondaryIndex<Integer> index(String name, String... fields) {
        List<IndexKey> keys = new ArrayList<>();
        for (String field : fields) {
            keys.add(new IndexKey(field, true));
        }
        return new SecondaryIndex<>(name, keys, false);
    }
}
