package io.stageflow.metrics.outcomes;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Deal states in MongoDB, one document per opportunity. A save is conditional on the sequence it
 * was loaded at, so a state is never overwritten by a writer that read an older one.
 */
final class DealStateStore {
    static final String COLLECTION = "outcome_deals";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> deals;

    DealStateStore(MongoDatabase database) {
        this.deals = database.getCollection(COLLECTION);
    }

    /** The states of {@code opportunities} (tenant and id), new ones for those not stored yet. */
    Map<DealKey, DealState> load(Collection<DealKey> opportunities) {
        Map<String, DealKey> byId = new HashMap<>();
        opportunities.forEach(key -> byId.put(key.documentId(), key));
        Map<DealKey, DealState> states = new HashMap<>();
        for (Document document : deals.find(in("_id", byId.keySet()))) {
            DealKey key = byId.get(document.getString("_id"));
            states.put(key, read(key, document));
        }
        opportunities.forEach(key -> states.computeIfAbsent(
                key, k -> new DealState(k.tenant(), k.opportunityId(), DealState.NOTHING_APPLIED)));
        return states;
    }

    void save(Collection<DealState> states) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (DealState state : states) {
            if (state.changed()) {
                DealKey key = new DealKey(state.tenant, state.opportunityId);
                Bson loadedAt = state.storedSequence == DealState.NOTHING_APPLIED
                        ? exists("sequence", false)
                        : eq("sequence", state.storedSequence);
                writes.add(
                        new ReplaceOneModel<>(and(eq("_id", key.documentId()), loadedAt), write(key, state), UPSERT));
            }
        }
        if (!writes.isEmpty()) {
            deals.bulkWrite(writes, UNORDERED);
        }
    }

    private static DealState read(DealKey key, Document document) {
        DealState state = new DealState(key.tenant(), key.opportunityId(), document.getLong("sequence"));
        state.open = document.getBoolean("open", true);
        state.slices.addAll(slices(document.getList("slices", Document.class)));
        Document loss = document.get("loss", Document.class);
        if (loss != null) {
            state.loss = new DealState.Loss(
                    LocalDate.parse(loss.getString("day")),
                    loss.getString("fromStage"),
                    loss.getString("reason"),
                    loss.getString("competitor"),
                    slices(loss.getList("slices", Document.class)));
        }
        return state;
    }

    private static Document write(DealKey key, DealState state) {
        Document document = new Document("_id", key.documentId())
                .append("tenant", state.tenant)
                .append("opportunityId", state.opportunityId)
                .append("sequence", state.sequence)
                .append("open", state.open)
                .append("slices", documents(state.slices));
        if (state.loss != null) {
            document.append(
                    "loss",
                    new Document("day", state.loss.day().toString())
                            .append("fromStage", state.loss.fromStage())
                            .append("reason", state.loss.reason())
                            .append("competitor", state.loss.competitor())
                            .append("slices", documents(state.loss.slices())));
        }
        return document;
    }

    private static List<Document> documents(List<Slice> slices) {
        return slices.stream()
                .map(s -> new Document("d", s.dimension()).append("v", s.value()))
                .toList();
    }

    private static List<Slice> slices(List<Document> documents) {
        return documents == null
                ? List.of()
                : documents.stream()
                        .map(d -> Slice.of(d.getString("d"), d.getString("v")))
                        .toList();
    }
}
