package io.stageflow.metrics.cube;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

/**
 * Cells in MongoDB, each written exactly once per event however often a batch is replayed (ADR 0005).
 * A write reads the touched cells' Kafka positions, drops contributions at or below them, and
 * applies the rest as one update per cell that also moves the positions. The update is conditional
 * on the positions it read: should another writer have moved one in between (the single-writer
 * assumption broken by a rebalance), the upsert collides with the existing id and the batch fails
 * and is retried, rather than counting twice.
 */
public final class CellStore {
    static final String TENANT = "tenant";
    static final String FAMILY = "family";
    static final String DAY = "day";
    static final String DIMENSION = "dim";
    static final String VALUE = "value";
    static final String SCOPE = "scope";
    static final String COUNTS = "n";
    static final String SUMS = "s";
    static final String POSITIONS = "pos";
    static final String RETRIED = "retried";
    private static final int IDS_PER_LOOKUP = 1000;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> cells;

    public CellStore(MongoDatabase database, String collection) {
        this.cells = database.getCollection(collection);
        cells.createIndex(Indexes.ascending(TENANT, FAMILY, DIMENSION, VALUE, DAY));
        cells.createIndex(Indexes.ascending(TENANT, FAMILY, DIMENSION, DAY), new IndexOptions());
        // A pair's cells are read by scope (the team's sources) as well as by value (a source's teams).
        cells.createIndex(Indexes.ascending(TENANT, FAMILY, DIMENSION, SCOPE, DAY));
    }

    /** Applies every contribution not applied before; answers how many cells it changed. */
    public int apply(List<Contribution> contributions) {
        return write(plan(contributions));
    }

    /**
     * Applies contributions of events retried from the dead-letter queue (ADR 0008). Their partitions
     * have moved past them, so each event marks the cells it counted in, and a retry that counted
     * before (the process died before the states were saved) finds its marks and adds nothing.
     */
    public int applyRetried(List<Contribution> contributions) {
        return write(plan(contributions, RETRIED, CellWrite::ofRetried));
    }

    /** The conditional updates that would apply {@code contributions} as the cells are now. */
    List<WriteModel<Document>> plan(List<Contribution> contributions) {
        return plan(contributions, POSITIONS, CellWrite::of);
    }

    private List<WriteModel<Document>> plan(
            List<Contribution> contributions,
            String countedField,
            BiFunction<List<Contribution>, Document, CellWrite> remaining) {
        Map<CellKey, List<Contribution>> byCell = new LinkedHashMap<>();
        contributions.forEach(
                c -> byCell.computeIfAbsent(c.cell(), k -> new ArrayList<>()).add(c));
        Map<String, Document> counted = fieldOf(byCell.keySet(), countedField);
        List<WriteModel<Document>> writes = new ArrayList<>();
        byCell.forEach((cell, cellContributions) -> {
            Document applied = counted.getOrDefault(cell.documentId(), new Document());
            CellWrite write = remaining.apply(cellContributions, applied);
            if (!write.isEmpty()) {
                writes.add(update(cell, write, applied));
            }
        });
        return writes;
    }

    int write(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            cells.bulkWrite(writes, UNORDERED);
        }
        return writes.size();
    }

    /**
     * The cells of some families for one stored dimension (a single one or a pair's) on the days
     * {@code [from, to)}: of one scope and value, or of every one where {@code scope} or {@code value}
     * is null. {@code Slice.ALL}'s dimension reads the cells of all the tenant's leads and deals.
     */
    public List<Cell> read(
            String tenant,
            List<String> families,
            String dimension,
            String scope,
            String value,
            LocalDate from,
            LocalDate to) {
        List<Bson> filters = new ArrayList<>(List.of(
                eq(TENANT, tenant),
                in(FAMILY, families),
                eq(DIMENSION, dimension),
                gte(DAY, from.toString()),
                lt(DAY, to.toString())));
        if (scope != null) {
            filters.add(eq(SCOPE, scope));
        }
        if (value != null) {
            filters.add(eq(VALUE, value));
        }
        List<Cell> found = new ArrayList<>();
        for (Document document : cells.find(and(filters))) {
            found.add(CellDocuments.cellOf(document));
        }
        return found;
    }

    /** A subdocument field of the cells, by cell id: what they have counted. */
    private Map<String, Document> fieldOf(Iterable<CellKey> keys, String field) {
        List<String> ids = new ArrayList<>();
        keys.forEach(key -> ids.add(key.documentId()));
        Map<String, Document> positions = new HashMap<>();
        for (int start = 0; start < ids.size(); start += IDS_PER_LOOKUP) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_LOOKUP));
            for (Document document : cells.find(in("_id", chunk)).projection(Projections.include(field))) {
                Document applied = document.get(field, Document.class);
                positions.put(document.getString("_id"), applied == null ? new Document() : applied);
            }
        }
        return positions;
    }

    /** @param applied the cell's positions, or its retried marks for a write of retried events */
    private static WriteModel<Document> update(CellKey cell, CellWrite write, Document applied) {
        List<Bson> guards = new ArrayList<>(List.of(eq("_id", cell.documentId())));
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.setOnInsert(TENANT, cell.tenant()),
                Updates.setOnInsert(FAMILY, cell.family()),
                Updates.setOnInsert(DAY, cell.day().toString()),
                Updates.setOnInsert(DIMENSION, cell.slice().dimension()),
                Updates.setOnInsert(VALUE, cell.slice().value())));
        if (cell.slice().isPair()) {
            updates.add(Updates.setOnInsert(SCOPE, cell.slice().scope()));
        }
        write.figures().counts().forEach((name, delta) -> updates.add(Updates.inc(COUNTS + "." + name, delta)));
        write.figures()
                .sums()
                .forEach((name, delta) -> updates.add(Updates.inc(SUMS + "." + name, new Decimal128(delta))));
        write.offsets().forEach((partition, offset) -> {
            String field = POSITIONS + "." + partition;
            Object seen = applied.get(partition);
            guards.add(seen == null ? exists(field, false) : eq(field, seen));
            updates.add(Updates.max(field, offset));
        });
        write.retried().forEach(mark -> {
            String field = RETRIED + "." + mark;
            guards.add(exists(field, false));
            updates.add(Updates.set(field, true));
        });
        return new UpdateOneModel<>(and(guards), Updates.combine(updates), UPSERT);
    }
}
