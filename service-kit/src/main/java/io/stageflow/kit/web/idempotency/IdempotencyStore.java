package io.stageflow.kit.web.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Keys and their first responses, one document per (tenant, key). The document is inserted before
 * the request runs, so the unique {@code _id} lets exactly one of two concurrent attempts proceed.
 */
class IdempotencyStore {
    private static final String FINGERPRINT = "fingerprint";
    private static final String STATE = "state";
    private static final String STARTED_AT = "startedAt";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final MongoCollection<Document> keys;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyStore(MongoCollection<Document> keys, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        // Expiry is MongoDB's job where it has TTL indexes; the Mongo-wire test server ignores this one.
        keys.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    enum Outcome {
        /** This request holds the key and runs. */
        CLAIMED,
        /** The key's first request succeeded: answer with its response. */
        REPLAY,
        /** The key's first request is still running. */
        IN_PROGRESS,
        /** The key was used for a different request. */
        MISMATCH
    }

    /** @param response the response to replay, for {@link Outcome#REPLAY} only */
    record Claim(Outcome outcome, StoredResponse response) {
        static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }
    }

    /** Takes the key for this request, or says why it cannot run. */
    Claim claim(KeyedRequest request) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", request.documentId())
                    .append(FINGERPRINT, request.fingerprint())
                    .append(STATE, IN_PROGRESS)
                    .append(STARTED_AT, Date.from(now))
                    .append(EXPIRES_AT, Date.from(now.plus(properties.retention()))));
            return Claim.of(Outcome.CLAIMED);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(eq("_id", request.documentId())).first();
        if (existing == null || isExpired(existing, now)) {
            keys.deleteOne(eq("_id", request.documentId()));
            return claim(request);
        }
        if (!request.fingerprint().equals(existing.getString(FINGERPRINT))) {
            return Claim.of(Outcome.MISMATCH);
        }
        if (COMPLETED.equals(existing.getString(STATE))) {
            return new Claim(Outcome.REPLAY, toResponse(existing));
        }
        return Claim.of(takeOverIfAbandoned(request, now) ? Outcome.CLAIMED : Outcome.IN_PROGRESS);
    }

    void complete(KeyedRequest request, StoredResponse response) {
        keys.updateOne(
                eq("_id", request.documentId()),
                Updates.combine(
                        Updates.set(STATE, COMPLETED),
                        Updates.set("status", response.status()),
                        Updates.set("contentType", response.contentType()),
                        Updates.set("body", new Binary(response.body())),
                        Updates.set("headers", new Document(new HashMap<>(response.headers())))));
    }

    /** The request did not succeed: nothing to replay, so a retry may run it again. */
    void release(KeyedRequest request) {
        keys.deleteOne(and(eq("_id", request.documentId()), eq(STATE, IN_PROGRESS)));
    }

    private boolean takeOverIfAbandoned(KeyedRequest request, Instant now) {
        Instant abandonedBefore = now.minus(properties.abandonedAfter());
        return keys.updateOne(
                                and(
                                        eq("_id", request.documentId()),
                                        eq(STATE, IN_PROGRESS),
                                        lt(STARTED_AT, Date.from(abandonedBefore))),
                                Updates.set(STARTED_AT, Date.from(now)))
                        .getModifiedCount()
                == 1;
    }

    private static boolean isExpired(Document document, Instant now) {
        Date expiresAt = document.getDate(EXPIRES_AT);
        return expiresAt != null && expiresAt.toInstant().isBefore(now);
    }

    private static StoredResponse toResponse(Document document) {
        Map<String, String> headers = new HashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Binary body = document.get("body", Binary.class);
        return new StoredResponse(
                document.getInteger("status"),
                document.getString("contentType"),
                body == null ? new byte[0] : body.getData(),
                headers);
    }
}
