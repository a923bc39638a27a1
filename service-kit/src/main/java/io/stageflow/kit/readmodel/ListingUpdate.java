package io.stageflow.kit.readmodel;

import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import org.bson.Document;

/**
 * What one processor batch changes in one aggregate's listing: {@code fields} as its events set
 * them, folded in sequence order, as of {@code version} (the batch's highest sequence) recorded at
 * {@code updatedAt}. A field the batch did not touch is absent and left as it is.
 *
 * @param creates whether the batch holds the aggregate's first event, the only one that may create
 *     the listing; {@code fields} then hold everything the listing shows
 */
public record ListingUpdate(
        TenantId tenant, String aggregateId, long version, Instant updatedAt, boolean creates, Document fields) {}
