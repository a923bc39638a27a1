package io.stageflow.localinfra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The Mongo operations the read models rely on, run against mongo-java-server and real MongoDB. */
final class MongoScenarios {

    private MongoScenarios() {}

    static void crud(MongoDatabase db) {
        MongoCollection<Document> leads = db.getCollection("leads");
        leads.insertOne(new Document("_id", "lead-1").append("tenant", "acme").append("status", "open"));

        leads.updateOne(eq("_id", "lead-1"), Updates.set("status", "converted"));
        assertThat(leads.find(eq("_id", "lead-1")).first()).containsEntry("status", "converted");

        leads.deleteOne(eq("_id", "lead-1"));
        assertThat(leads.countDocuments()).isZero();
    }

    static void uniqueIndexRejectsDuplicates(MongoDatabase db) {
        MongoCollection<Document> seen = db.getCollection("seen-events");
        seen.createIndex(Indexes.ascending("tenant", "ceId"), new IndexOptions().unique(true));
        seen.insertOne(new Document("tenant", "acme").append("ceId", "e-1"));
        seen.insertOne(new Document("tenant", "globex").append("ceId", "e-1"));

        MongoWriteException duplicate = catchThrowableOfType(
                MongoWriteException.class, () -> seen.insertOne(new Document("tenant", "acme").append("ceId", "e-1")));

        assertThat(duplicate).isNotNull();
        assertThat(duplicate.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
        assertThat(seen.countDocuments()).isEqualTo(2);
    }

    /** One bulk write per batch, upserting counters, as the projections do. */
    static void bulkUpsertsAccumulate(MongoDatabase db) {
        MongoCollection<Document> funnel = db.getCollection("funnel");

        BulkWriteResult first = funnel.bulkWrite(
                List.of(stageEntered("acme|qualify", 1_000L, 100), stageEntered("acme|propose", 2_000L, 500)));
        BulkWriteResult second = funnel.bulkWrite(
                List.of(stageEntered("acme|qualify", 500L, 50), stageEntered("acme|qualify", 3_000L, 25)));

        assertThat(first.getUpserts()).hasSize(2);
        assertThat(second.getUpserts()).isEmpty();
        assertThat(second.getModifiedCount()).isEqualTo(2);
        Document qualify = funnel.find(eq("_id", "acme|qualify")).first();
        assertThat(qualify)
                .containsEntry("entered", 3)
                .containsEntry("amount", 175)
                .containsEntry("firstAt", 500L)
                .containsEntry("lastAt", 3_000L)
                .containsEntry("stage", "qualify");
        assertThat(funnel.find(eq("_id", "acme|propose")).first()).containsEntry("entered", 1);
    }

    static void aggregateSumsPerGroup(MongoDatabase db) {
        MongoCollection<Document> deals = db.getCollection("deals");
        deals.insertMany(List.of(
                deal("acme", "won", 100),
                deal("acme", "won", 50),
                deal("acme", "lost", 70),
                deal("globex", "won", 1_000)));

        List<Document> byOutcome = deals.aggregate(List.of(
                        Aggregates.match(eq("tenant", "acme")),
                        Aggregates.group(
                                "$outcome", Accumulators.sum("total", "$amount"), Accumulators.sum("deals", 1)),
                        Aggregates.sort(Sorts.ascending("_id"))))
                .into(new ArrayList<>());

        assertThat(byOutcome)
                .containsExactly(
                        new Document("_id", "lost").append("total", 70).append("deals", 1),
                        new Document("_id", "won").append("total", 150).append("deals", 2));
    }

    private static UpdateOneModel<Document> stageEntered(String id, long at, int amount) {
        return new UpdateOneModel<>(
                eq("_id", id),
                Updates.combine(
                        Updates.inc("entered", 1),
                        Updates.inc("amount", amount),
                        Updates.min("firstAt", at),
                        Updates.max("lastAt", at),
                        Updates.set("stage", id.substring(id.indexOf('|') + 1))),
                new UpdateOptions().upsert(true));
    }

    private static Document deal(String tenant, String outcome, int amount) {
        return new Document("tenant", tenant).append("outcome", outcome).append("amount", amount);
    }

    /**
     * A conditional update by id (the read models' guard on a version or a position) applies only
     * when every condition holds, whether it finds the document through the id index or not; a
     * conditional upsert whose condition fails collides with the existing id.
     */
    static void conditionalUpdatesByIdCheckEveryCondition(MongoDatabase db) {
        MongoCollection<Document> cells = db.getCollection("conditional");
        cells.insertOne(new Document("_id", "c-1").append("pos", 5).append("n", 1));
        for (int i = 2; i <= 50; i++) {
            cells.insertOne(new Document("_id", "c-" + i).append("pos", 5).append("n", 1));
        }

        assertThat(cells.updateOne(and(eq("_id", "c-1"), eq("pos", 4)), Updates.inc("n", 1))
                        .getMatchedCount())
                .isZero();
        assertThat(cells.updateOne(and(eq("_id", "c-1"), eq("pos", 5)), Updates.inc("n", 1))
                        .getModifiedCount())
                .isEqualTo(1);
        assertThat(cells.find(and(eq("_id", "c-1"), eq("pos", 4))).first()).isNull();
        assertThat(cells.find(new Document("_id", "c-2").append("pos", 5)).first())
                .containsEntry("n", 1);
        assertThatThrownBy(() -> cells.updateOne(
                        and(eq("_id", "c-1"), eq("pos", 4)), Updates.inc("n", 1), new UpdateOptions().upsert(true)))
                .isInstanceOf(MongoWriteException.class);
        assertThat(cells.find(eq("_id", "c-1")).first()).containsEntry("n", 2);
    }

    /**
     * The same cells in two collections, one with the read models' non-unique compound indexes and
     * one without; then updates that move documents within the index, and deletes.
     */
    static void storeCellsWithAndWithoutIndexes(MongoDatabase db) {
        MongoCollection<Document> indexed = db.getCollection("cells_indexed");
        MongoCollection<Document> scanned = db.getCollection("cells_scanned");
        indexed.createIndex(Indexes.ascending("tenant", "family", "dim", "value", "day"));
        indexed.createIndex(Indexes.ascending("tenant", "family", "dim", "day"));
        java.util.Random random = new java.util.Random(7);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Document cell = new Document("_id", "cell-" + i)
                    .append("tenant", "t" + random.nextInt(2))
                    .append("family", "f" + random.nextInt(3))
                    .append("dim", "d" + random.nextInt(2))
                    .append("day", String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append("n", i);
            if (i % 10 != 0) {
                cell.append("value", i % 7 == 0 ? List.of("v1", "v" + random.nextInt(4)) : "v" + random.nextInt(4));
            }
            documents.add(cell);
        }
        indexed.insertMany(documents);
        scanned.insertMany(documents);
        indexed.updateMany(eq("value", "v3"), Updates.set("day", "2025-06-15"));
        scanned.updateMany(eq("value", "v3"), Updates.set("day", "2025-06-15"));
        indexed.deleteMany(and(eq("tenant", "t1"), eq("family", "f2"), eq("dim", "d0")));
        scanned.deleteMany(and(eq("tenant", "t1"), eq("family", "f2"), eq("dim", "d0")));
    }

    /**
     * Over the cells of {@link #storeCellsWithAndWithoutIndexes}, queries through the compound
     * indexes find exactly what the same queries find by scanning: equality, {@code $in}, ranges with
     * open and closed ends, extra conditions, array values and missing fields.
     */
    static void compoundIndexQueriesFindWhatAScanFinds(MongoDatabase db) {
        MongoCollection<Document> indexed = db.getCollection("cells_indexed");
        MongoCollection<Document> scanned = db.getCollection("cells_scanned");

        List<org.bson.conversions.Bson> queries = List.of(
                and(eq("tenant", "t0"), eq("family", "f1"), eq("dim", "d0"), eq("value", "v1")),
                and(
                        eq("tenant", "t0"),
                        Filters.in("family", "f0", "f2"),
                        eq("dim", "d1"),
                        Filters.gte("day", "2025-03-01"),
                        Filters.lt("day", "2025-09-01")),
                and(
                        eq("tenant", "t1"),
                        Filters.in("family", "f0", "f1", "f2"),
                        eq("dim", "d0"),
                        eq("value", "v2"),
                        Filters.gt("day", "2025-02-10"),
                        Filters.lte("day", "2025-06-15")),
                and(eq("tenant", "t0"), eq("family", "f0"), eq("dim", "d1"), Filters.gte("day", "2025-06-15")),
                and(eq("tenant", "t0"), eq("family", "f0"), eq("dim", "d1"), Filters.lt("day", "2025-06-15")),
                and(
                        eq("tenant", "t1"),
                        eq("family", "f1"),
                        eq("dim", "d1"),
                        eq("value", "v3"),
                        eq("day", "2025-06-15")),
                and(eq("tenant", "t0"), eq("family", "f2"), Filters.gte("n", 300)),
                and(eq("tenant", "t1"), eq("family", "f0"), eq("dim", "d0"), eq("value", null)),
                and(eq("tenant", "t0"), eq("family", "f1"), eq("dim", "d0"), Filters.exists("value", false)),
                eq("tenant", "t1"),
                Filters.in("_id", "cell-3", "cell-30", "cell-300", "cell-599", "no-such-cell"),
                and(Filters.in("_id", "cell-1", "cell-2", "cell-3", "cell-4"), eq("tenant", "t0")));
        for (org.bson.conversions.Bson query : queries) {
            assertThat(ids(indexed.find(query))).as(query.toString()).isEqualTo(ids(scanned.find(query)));
        }
        assertThat(ids(indexed.find(queries.get(0)))).isNotEmpty();
    }

    private static java.util.SortedSet<String> ids(Iterable<Document> documents) {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    /**
     * An aggregate's events from a sequence number on, as an event store loads them: a range on the
     * last field of a unique compound index finds what a scan finds, and the index still refuses
     * a duplicate.
     */
    static void uniqueCompoundRangesFindWhatAScanFinds(MongoDatabase db) {
        MongoCollection<Document> indexed = db.getCollection("events_indexed");
        MongoCollection<Document> scanned = db.getCollection("events_scanned");
        indexed.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(new Document("aggregate", "agg-" + (i % 7))
                    .append("sequence", (long) (i / 7))
                    .append("n", i));
        }
        indexed.insertMany(events);
        scanned.insertMany(events);

        List<org.bson.conversions.Bson> queries = List.of(
                and(eq("aggregate", "agg-3"), Filters.gte("sequence", 30L)),
                and(eq("aggregate", "agg-3"), Filters.gt("sequence", 30), Filters.lte("sequence", 35.0)),
                and(eq("aggregate", "agg-0"), eq("sequence", 4)),
                and(Filters.in("aggregate", "agg-1", "agg-6"), Filters.lt("sequence", 3L)));
        for (org.bson.conversions.Bson query : queries) {
            assertThat(ns(indexed.find(query))).as(query.toString()).isEqualTo(ns(scanned.find(query)));
        }
        assertThat(ns(indexed.find(queries.get(0)))).hasSize(13);
        assertThatThrownBy(() -> indexed.insertOne(new Document("aggregate", "agg-3").append("sequence", 30L)))
                .isInstanceOf(MongoWriteException.class);
    }

    private static java.util.SortedSet<Integer> ns(Iterable<Document> documents) {
        java.util.SortedSet<Integer> ns = new java.util.TreeSet<>();
        documents.forEach(document -> ns.add(document.getInteger("n")));
        return ns;
    }
}
