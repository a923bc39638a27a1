package io.stageflow.metrics.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The journey read model in MongoDB. A batch costs one look-up of links and one unordered bulk
 * write per collection; every update is an upsert built only from idempotent operators.
 */
@Component
public class JourneyStore {
    static final String LINKS = "opportunity_journeys";
    static final String STATUS = "projection_status";
    static final String LAST_EVENT_TIME = "lastEventTime";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> journeys;
    private final MongoCollection<Document> links;
    private final MongoCollection<Document> status;

    public JourneyStore(MongoDatabase metricsDatabase) {
        this.journeys = metricsDatabase.getCollection(JourneyFields.COLLECTION);
        this.links = metricsDatabase.getCollection(LINKS);
        this.status = metricsDatabase.getCollection(STATUS);
        ensureIndexes();
    }

    private void ensureIndexes() {
        journeys.createIndex(
                Indexes.ascending(JourneyFields.TENANT, JourneyFields.JOURNEY_ID), new IndexOptions().unique(true));
        for (String time : List.of(JourneyFields.STARTED_AT, JourneyFields.WON_AT, JourneyFields.LOST_AT)) {
            journeys.createIndex(Indexes.ascending(JourneyFields.TENANT, time));
        }
    }

    /** Journeys of opportunities linked by earlier batches. */
    public Map<TenantScopedId, String> journeyIdsOf(Set<TenantScopedId> opportunities) {
        Map<String, TenantScopedId> byDocumentId = new HashMap<>();
        opportunities.forEach(o -> byDocumentId.put(o.documentId(), o));
        Map<TenantScopedId, String> found = new HashMap<>();
        for (Document link : links.find(in("_id", byDocumentId.keySet()))) {
            found.put(byDocumentId.get(link.getString("_id")), link.getString(JourneyFields.JOURNEY_ID));
        }
        return found;
    }

    public void write(BatchChanges changes) {
        if (!changes.links().isEmpty()) {
            links.bulkWrite(
                    changes.links().stream().map(JourneyStore::linkUpdate).toList(), UNORDERED);
        }
        if (!changes.journeys().isEmpty()) {
            journeys.bulkWrite(
                    changes.journeys().stream().map(JourneyUpdates::of).toList(), UNORDERED);
        }
        if (changes.lastRecordedAt() != null) {
            status.updateOne(
                    eq("_id", JourneyProjection.PROCESSING_GROUP),
                    Updates.max(LAST_EVENT_TIME, Date.from(changes.lastRecordedAt())),
                    UPSERT);
        }
    }

    /** The latest recorded time among the events projected so far. */
    public Optional<Instant> lastEventTime() {
        Document progress =
                status.find(eq("_id", JourneyProjection.PROCESSING_GROUP)).first();
        return Optional.ofNullable(progress)
                .map(p -> p.getDate(LAST_EVENT_TIME))
                .map(Date::toInstant);
    }

    private static WriteModel<Document> linkUpdate(OpportunityLink link) {
        return new UpdateOneModel<>(
                eq("_id", link.opportunity().documentId()),
                Updates.combine(
                        Updates.set(JourneyFields.TENANT, link.opportunity().tenant()),
                        Updates.set(JourneyFields.JOURNEY_ID, link.journeyId())),
                UPSERT);
    }
}
