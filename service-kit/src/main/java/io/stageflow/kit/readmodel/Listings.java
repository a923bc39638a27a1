package io.stageflow.kit.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.security.SalesRecordAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A list read model: one document per aggregate, keyed {@code tenant/aggregateId}, showing it as of
 * its last event, listed most recently changed first. Writes are one ordered bulk write per batch,
 * at most two updates per aggregate, none of which can move a listing backwards when a batch is
 * redelivered or the stream replayed:
 * <ul>
 *   <li>Only a batch holding the aggregate's first event may create a listing, with
 *       {@code $setOnInsert} on its {@code _id}: when the listing exists already, that changes nothing.
 *   <li>Everything else is a {@code $set} guarded by {@code version < update.version}: a listing that
 *       already shows the batch's last event, or a later one, is left as it is.
 * </ul>
 * A guarded upsert would be shorter but wrong: when its filter misses an existing, newer listing it
 * inserts a duplicate {@code _id} and the batch fails on every retry. Setting a batch's folded
 * fields over an older listing is enough because a streaming processor resumes at its stored token,
 * so a batch holds every event of an aggregate after those its listing shows (and perhaps some of
 * those again). Bulk writes are ordered so that a listing is created before it is updated.
 */
public final class Listings {
    public static final String ID = "_id";
    public static final String TENANT = "tenant";
    public static final String VERSION = "version";
    public static final String UPDATED_AT = "updatedAt";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> listings;

    public Listings(MongoCollection<Document> listings) {
        this.listings = listings;
        // Serves every list: equality on tenant, then the list's order. Not unique; _id is the key.
        listings.createIndex(Indexes.compoundIndex(
                Indexes.ascending(TENANT), Indexes.descending(UPDATED_AT), Indexes.ascending(ID)));
    }

    /** Tenant ids cannot contain a slash, so the key is unambiguous and scoped like every query. */
    public static String documentId(TenantId tenant, String aggregateId) {
        return tenant.value() + "/" + aggregateId;
    }

    public void write(List<ListingUpdate> updates) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (ListingUpdate update : updates) {
            String id = documentId(update.tenant(), update.aggregateId());
            Document fields = new Document(update.fields())
                    .append(VERSION, update.version())
                    .append(UPDATED_AT, Date.from(update.updatedAt()));
            if (update.creates()) {
                Document created =
                        new Document(fields).append(TENANT, update.tenant().value());
                writes.add(new UpdateOneModel<>(eq(ID, id), new Document("$setOnInsert", created), UPSERT));
            }
            writes.add(
                    new UpdateOneModel<>(and(eq(ID, id), lt(VERSION, update.version())), new Document("$set", fields)));
        }
        if (!writes.isEmpty()) {
            listings.bulkWrite(writes);
        }
    }

    /**
     * The tenant's listings matching every filter, most recently changed first; the id breaks ties so
     * that pages never overlap or skip.
     */
    public <T> ListPage<T> page(TenantId tenant, List<Bson> filters, Paging paging, Function<Document, T> item) {
        List<Bson> all = new ArrayList<>();
        all.add(eq(TENANT, tenant.value()));
        all.addAll(filters);
        Bson filter = and(all);
        long total = listings.countDocuments(filter);
        List<T> items = new ArrayList<>();
        if (paging.skip() < total) {
            listings.find(filter)
                    .sort(Sorts.orderBy(Sorts.descending(UPDATED_AT), Sorts.ascending(ID)))
                    .skip((int) paging.skip())
                    .limit(paging.size())
                    .forEach(listing -> items.add(item.apply(listing)));
        }
        return new ListPage<>(items, paging.page(), paging.size(), total);
    }

    /**
     * The listings a caller who sees only some records may list: those whose {@code ownerField} is the
     * caller or whose {@code teamField} is one of their teams; none when neither is given.
     */
    public static Bson visibleTo(SalesRecordAccess.Visible visible, String ownerField, String teamField) {
        List<Bson> any = new ArrayList<>();
        if (visible.owner() != null) {
            any.add(eq(ownerField, visible.owner()));
        }
        if (!visible.teams().isEmpty()) {
            any.add(in(teamField, visible.teams()));
        }
        return any.isEmpty() ? in(ID, List.of()) : or(any);
    }

    public static Bson updatedSince(Instant since) {
        return gte(UPDATED_AT, Date.from(since));
    }

    public static long version(Document listing) {
        return ((Number) listing.get(VERSION)).longValue();
    }

    public static Instant updatedAt(Document listing) {
        return listing.getDate(UPDATED_AT).toInstant();
    }
}
