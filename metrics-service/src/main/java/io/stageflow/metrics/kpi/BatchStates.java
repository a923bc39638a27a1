package io.stageflow.metrics.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;

/**
 * The states one batch works on, by aggregate key: stored documents fetched in bulk before the batch
 * ({@link #fetch}), each read into a state when first needed, so a document this version cannot read
 * fails only its own aggregate's event (ADR 0008).
 */
final class BatchStates<S> {
    private final Function<Collection<AggregateKey>, Map<AggregateKey, Document>> documents;
    private final BiFunction<AggregateKey, Document, S> reader;
    private final Set<AggregateKey> fetched = new HashSet<>();
    private final Map<AggregateKey, Document> stored = new HashMap<>();
    private final Map<AggregateKey, S> states = new LinkedHashMap<>();

    /**
     * @param documents the stored documents of those keys that have one
     * @param reader the state a stored document holds, or a new state for {@code null}
     */
    BatchStates(
            Function<Collection<AggregateKey>, Map<AggregateKey, Document>> documents,
            BiFunction<AggregateKey, Document, S> reader) {
        this.documents = documents;
        this.reader = reader;
    }

    /** Fetches the stored documents of {@code keys} not fetched yet, in one query. */
    void fetch(Collection<AggregateKey> keys) {
        Set<AggregateKey> missing = new LinkedHashSet<>(keys);
        missing.removeAll(fetched);
        if (!missing.isEmpty()) {
            stored.putAll(documents.apply(missing));
            fetched.addAll(missing);
        }
    }

    /** The state of {@code key} as the batch has it, read from its stored document on first use. */
    S get(AggregateKey key) {
        S state = states.get(key);
        if (state == null) {
            fetch(List.of(key));
            state = reader.apply(key, stored.get(key));
            states.put(key, state);
        }
        return state;
    }

    /** Drops what the batch did to {@code key}'s state: the next {@link #get} reads it as stored. */
    void forget(AggregateKey key) {
        states.remove(key);
    }

    Collection<S> all() {
        return states.values();
    }
}
