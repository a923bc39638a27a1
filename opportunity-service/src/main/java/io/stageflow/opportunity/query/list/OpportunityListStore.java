package io.stageflow.opportunity.query.list;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Writes the list read model: one ordered bulk write per batch, at most two updates per opportunity,
 * none of which can move a listing backwards when a batch is redelivered or the stream replayed.
 * <ul>
 *   <li>Only a batch holding the opening event may create a listing, with {@code $setOnInsert} on
 *       its {@code _id}: when the listing exists already, that update changes nothing.
 *   <li>Everything else is a {@code $set} guarded by {@code version < change.version}: a listing
 *       that already shows this batch's last event, or a later one, is left as it is.
 * </ul>
 * A guarded upsert would be shorter but wrong: when its filter misses an existing, newer listing it
 * inserts a duplicate {@code _id} and the batch fails on every retry. Setting a batch's folded
 * fields over an older listing is enough because a streaming processor resumes at its stored token,
 * so a batch holds every event of an opportunity after those its listing shows (and perhaps some of
 * those again). Bulk writes are ordered so that a listing is created before it is updated.
 */
class OpportunityListStore {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> listings;

    OpportunityListStore(MongoCollection<Document> listings) {
        this.listings = listings;
        // Serves every list: equality on tenant, then the list's order. Not unique; _id is the key.
        listings.createIndex(Indexes.compoundIndex(
                Indexes.ascending(ListingFields.TENANT),
                Indexes.descending(ListingFields.UPDATED_AT),
                Indexes.ascending(ListingFields.ID)));
    }

    void write(List<ListingChange> changes) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (ListingChange change : changes) {
            Document fields = ListingDocuments.fields(change);
            if (change.opened() != null) {
                writes.add(new UpdateOneModel<>(
                        eq(ListingFields.ID, change.documentId()), new Document("$setOnInsert", fields), UPSERT));
            }
            writes.add(new UpdateOneModel<>(
                    and(eq(ListingFields.ID, change.documentId()), lt(ListingFields.VERSION, change.version())),
                    new Document("$set", fields)));
        }
        if (!writes.isEmpty()) {
            listings.bulkWrite(writes);
        }
    }
}
