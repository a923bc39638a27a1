package io.stageflow.metrics.kpi;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Fact states of one kind in MongoDB, one document per aggregate. A save is conditional on the
 * sequence the state was loaded at, so a state is never overwritten by a writer that read an older one.
 */
final class FactStateStore<S extends FactState> {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> states;
    private final BiFunction<AggregateKey, Long, S> factory;

    /** @param factory a state of the key as stored at the given sequence, without its content yet */
    FactStateStore(MongoDatabase database, String collection, BiFunction<AggregateKey, Long, S> factory) {
        this.states = database.getCollection(collection);
        this.factory = factory;
    }

    /** The stored documents of those of {@code keys} that have one; see {@link #stateOf}. */
    Map<AggregateKey, Document> documents(Collection<AggregateKey> keys) {
        Map<String, AggregateKey> byId = new HashMap<>();
        keys.forEach(key -> byId.put(key.documentId(), key));
        Map<AggregateKey, Document> found = new HashMap<>();
        for (Document document : states.find(in("_id", byId.keySet()))) {
            found.put(byId.get(document.getString("_id")), document);
        }
        return found;
    }

    /**
     * The state a stored document holds, or a new one for {@code null}. Read one aggregate at a
     * time: a document this version cannot read fails that aggregate's event, not the batch.
     */
    S stateOf(AggregateKey key, Document document) {
        if (document == null) {
            return factory.apply(key, FactState.NOTHING_APPLIED);
        }
        S state = factory.apply(key, document.getLong("sequence"));
        state.fromDocument(document);
        return state;
    }

    void save(Collection<S> changed) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (S state : changed) {
            if (state.changed()) {
                Bson loadedAt = state.storedSequence == FactState.NOTHING_APPLIED
                        ? exists("sequence", false)
                        : eq("sequence", state.storedSequence);
                writes.add(new ReplaceOneModel<>(
                        and(eq("_id", state.key.documentId()), loadedAt), state.toDocument(), UPSERT));
            }
        }
        if (!writes.isEmpty()) {
            states.bulkWrite(writes, UNORDERED);
        }
    }
}
