package io.stageflow.localinfra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/** The in-memory backend, with queries planned over its indexes ({@link IndexedQuery}). */
final class MemoryStore extends MemoryBackend {
    @Override
    public MemoryDatabase openOrCreateDatabase(String name) {
        return new Database(name, getCursorRegistry());
    }

    private static final class Database extends MemoryDatabase {
        Database(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(
                String collection, String name, List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex<>(name, keys, sparse);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
            return new Collection(this, name, options, cursorRegistry);
        }
    }

    private static final class Collection extends MemoryCollection {
        Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        public void addIndex(Index<Integer> index) {
            super.addIndex(index);
            SecondaryIndex<Integer> twin = SecondaryIndex.orderedTwinOf(index);
            if (twin != null) {
                super.addIndex(twin);
            }
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fields) {
            IndexedQuery.Plan<Integer> plan = IndexedQuery.plan(query, getIndexes());
            return plan == null
                    ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fields)
                    : matchDocuments(plan.residual(), plan.positions(), orderBy, skip, limit, batchSize, fields);
        }
    }
}
