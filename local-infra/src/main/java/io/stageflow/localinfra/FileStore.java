package io.stageflow.localinfra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * The file-backed (H2 MVStore) backend, with queries planned over its indexes ({@link IndexedQuery}),
 * non-unique ones included; those live in memory and are rebuilt when a collection opens. A collection's maps have the names {@code H2Database} gives them in
 * mongo-java-server 1.47, so a store written by either opens in the other. {@code Database} is an
 * inner class because H2Database opens the stored collections inside its constructor, before a
 * field of the subclass is set; the enclosing store is reachable then.
 */
final class FileStore extends H2Backend {
    FileStore(String file) {
        super(file);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name, getCursorRegistry());
    }

    private final class Database extends H2Database {
        Database(String name, CursorRegistry cursors) {
            super(name, getMvStore(), cursors);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(
                String collection, String name, List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex<>(name, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(name);
            return new Collection(
                    this,
                    name,
                    options,
                    getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace),
                    cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {
        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        public void addIndex(Index<Object> index) {
            super.addIndex(index);
            SecondaryIndex<Object> twin = SecondaryIndex.orderedTwinOf(index);
            if (twin != null) {
                super.addIndex(twin);
            }
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            IndexedQuery.Plan<Object> plan = IndexedQuery.plan(query, getIndexes());
            return plan == null
                    ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fields)
                    : matchDocuments(plan.residual(), plan.positions(), orderBy, skip, limit, batchSize, fields);
        }
    }
}
