package io.stageflow.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A non-unique (compound) index, which mongo-java-server 1.47 accepts and ignores: without one,
 * every query of a read model scans its whole collection, so query and write times grow with the
 * store instead of with the answer, unlike on MongoDB. Entries are ordered by the indexed values
 * (in BSON order, {@link KeyOrder}) and hold the documents' positions by id. The store never
 * hands this index a query ({@link #canHandle} is false); {@link IndexedQuery} plans with it and
 * the collection's matcher still checks every condition on the documents found, so an index can
 * only make a query faster, never change its answer.
 */
final class SecondaryIndex<P> extends Index<P> {
    private static final String ID = "_id";

    private final NavigableMap<List<Object>, Map<Object, P>> entries = new TreeMap<>(KeyOrder.INSTANCE);
    private long count;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /** The indexed fields, in order. */
    List<String> fields() {
        return keys();
    }

    /** The positions of the documents whose indexed values lie in {@code [from, to]}, by {@link KeyOrder}. */
    synchronized void collect(List<Object> from, List<Object> to, Set<P> into) {
        for (Map<Object, P> positions : entries.subMap(from, true, to, true).values()) {
            into.addAll(positions.values());
        }
    }

    @Override
    public synchronized P getPosition(Document document) {
        for (KeyValue key : getKeyValues(document)) {
            Map<Object, P> positions = entries.get(values(key));
            if (positions != null && positions.containsKey(document.get(ID))) {
                return positions.get(document.get(ID));
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // Not unique: any document may be added.
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        for (KeyValue key : getKeyValues(document)) {
            if (entries.computeIfAbsent(values(key), k -> new HashMap<>()).put(document.get(ID), position) == null) {
                count++;
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P removed = null;
        for (KeyValue key : getKeyValues(document)) {
            List<Object> values = values(key);
            Map<Object, P> positions = entries.get(values);
            P position = positions == null ? null : positions.remove(document.get(ID));
            if (position != null) {
                removed = position;
                count--;
                if (positions.isEmpty()) {
                    entries.remove(values);
                }
            }
        }
        return removed;
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("queries use IndexedQuery, which plans with collect(...)");
    }

    @Override
    public synchronized long getCount() {
        return count;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // Not unique: any update is allowed.
    }

    @Override
    public synchronized void updateInPlace(
            Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        count = 0;
    }

    private static List<Object> values(KeyValue key) {
        List<Object> values = new ArrayList<>(key.size());
        key.forEach(values::add);
        return values;
    }
}
