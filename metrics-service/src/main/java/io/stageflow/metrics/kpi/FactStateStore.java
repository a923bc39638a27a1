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

    /** The states of {@code keys}, new ones for those not stored yet. */
    Map<AggregateKey, S> load(Collection<AggregateKey> keys) {
        Map<String, AggregateKey> byId = new HashMap<>();
        keys.forEach(key -> byId.put(key.documentId(), key));
        Map<AggregateKey, S> loaded = new HashMap<>();
        for (Document document : states.find(in("_id", byId.keySet()))) {
            AggregateKey key = byId.get(document.getString("_id"));
            S state = factory.apply(key, document.getLong("sequence"));
            state.fromDocument(document);
            loaded.put(key, state);
        }
        keys.forEach(key -> loaded.computeIfAbsent(key, k -> factory.apply(k, FactState.NOTHING_APPLIED)));
        return loaded;
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
