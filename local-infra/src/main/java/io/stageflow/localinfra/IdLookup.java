package io.stageflow.localinfra;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * Finds the documents of a query that names one {@code _id} among other conditions through the id
 * index, as MongoDB does. mongo-java-server uses an index only for a query of exactly the index's
 * fields, so a conditional update ({@code _id} and a version or a position, as every read-model
 * write here is) scanned the whole collection: quadratic in the read model's size. The matcher
 * still checks every condition on the one document found, so answers are unchanged.
 */
final class IdLookup {
    private static final String ID = "_id";
    private static final String AND = "$and";

    private IdLookup() {}

    /** The positions of the query's one id, or null when the query does not name one. */
    static <P> Iterable<P> positions(Document query, List<Index<P>> indexes) {
        Object id = idOf(query);
        if (id == null) {
            return null;
        }
        Document byId = new Document(ID, id);
        for (Index<P> index : indexes) {
            if (index.canHandle(byId)) {
                return index.getPositions(byId);
            }
        }
        return null;
    }

    /**
     * The positions of the documents of a query that is only a list of ids ({@code _id: {$in: [...]}}
     * of strings, numbers or object ids), or null for any other query.
     */
    static <P> Iterable<P> listedPositions(Document query, List<Index<P>> indexes) {
        if (query.size() != 1
                || !(query.get(ID) instanceof Document condition)
                || condition.size() != 1
                || !(condition.get("$in") instanceof List<?> ids)
                || !ids.stream().allMatch(IdLookup::isPlainId)) {
            return null;
        }
        for (Index<P> index : indexes) {
            if (index.canHandle(query)) {
                return index.getPositions(query);
            }
        }
        return null;
    }

    private static boolean isPlainId(Object id) {
        return id instanceof String || id instanceof Number || id instanceof de.bwaldvogel.mongo.bson.ObjectId;
    }

    private static Object idOf(Document query) {
        Object id = query.get(ID);
        if (id != null) {
            return id instanceof Document ? null : id;
        }
        if (query.get(AND) instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document document && document.get(ID) != null) {
                    return document.get(ID) instanceof Document ? null : document.get(ID);
                }
            }
        }
        return null;
    }
}
