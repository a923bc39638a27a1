package io.stageflow.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
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

    /**
     * By indexed values: the one document with them ({@link Located}), or a map of several by id.
     * Most keys of a read model's index name one document (a cell), so the single case costs one
     * small record, not a map: at a million cells, that is the difference of a few hundred MB.
     */
    private final NavigableMap<KeyValue, Object> entries = new TreeMap<>(KeyOrder.INSTANCE);

    private long count;

    private record Located<P>(Object id, P position) {}

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /**
     * For a unique compound index, an ordered twin over the same keys: the store's unique indexes
     * answer exact keys only, so a range on the last field (an aggregate's events from a sequence
     * number on, as every command's load asks) scanned the collection. The twin lives beside the
     * collection's indexes (the store maintains it with them) but not in its listed ones, and
     * enforces nothing. Null for any other index.
     */
    static <P> SecondaryIndex<P> orderedTwinOf(Index<P> index) {
        if (!index.isUnique() || index.getKeys().size() < 2) {
            return null;
        }
        return new SecondaryIndex<>(index.getName() + "$ordered", index.getKeys(), false);
    }

    /** The indexed fields, in order. */
    List<String> fields() {
        return keys();
    }

    /** The positions of the documents whose indexed values lie in {@code [from, to]}, by {@link KeyOrder}. */
    synchronized void collect(KeyValue from, KeyValue to, Set<P> into) {
        for (Object found : entries.subMap(from, true, to, true).values()) {
            if (found instanceof Located<?> one) {
                into.add(positionOf(one));
            } else {
                into.addAll(several(found).values());
            }
        }
    }

    @Override
    public synchronized P getPosition(Document document) {
        Object id = document.get(ID);
        for (KeyValue key : getKeyValues(document)) {
            Object found = entries.get(key);
            if (found instanceof Located<?> one && Objects.equals(one.id(), id)) {
                return positionOf(one);
            }
            if (found instanceof Map<?, ?> && several(found).containsKey(id)) {
                return several(found).get(id);
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
        Object id = document.get(ID);
        for (KeyValue key : getKeyValues(document)) {
            Object found = entries.get(key);
            if (found == null) {
                entries.put(key, new Located<>(id, position));
                count++;
            } else if (found instanceof Located<?> one) {
                if (Objects.equals(one.id(), id)) {
                    entries.put(key, new Located<>(id, position));
                } else {
                    Map<Object, P> byId = new HashMap<>();
                    byId.put(one.id(), positionOf(one));
                    byId.put(id, position);
                    entries.put(key, byId);
                    count++;
                }
            } else if (several(found).put(id, position) == null) {
                count++;
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        P removed = null;
        for (KeyValue key : getKeyValues(document)) {
            Object found = entries.get(key);
            if (found instanceof Located<?> one && Objects.equals(one.id(), id)) {
                entries.remove(key);
                removed = positionOf(one);
                count--;
            } else if (found instanceof Map<?, ?>) {
                Map<Object, P> byId = several(found);
                P position = byId.remove(id);
                if (position != null) {
                    removed = position;
                    count--;
                    if (byId.size() == 1) {
                        Map.Entry<Object, P> last = byId.entrySet().iterator().next();
                        entries.put(key, new Located<>(last.getKey(), last.getValue()));
                    }
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

    @SuppressWarnings("unchecked")
    private P positionOf(Located<?> located) {
        return (P) located.position();
    }

    @SuppressWarnings("unchecked")
    private Map<Object, P> several(Object found) {
        return (Map<Object, P>) found;
    }
}
