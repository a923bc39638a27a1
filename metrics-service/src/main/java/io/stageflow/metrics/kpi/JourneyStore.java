package io.stageflow.metrics.kpi;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Journey states and the links from opportunities to their journeys, in MongoDB. Opportunity events
 * after the opening do not name their lead, so the link the opening made is looked up once per batch.
 * A state's save is conditional on the version it was loaded at: a writer that read an older state
 * fails its batch instead of overwriting.
 */
final class JourneyStore {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> journeys;
    private final MongoCollection<Document> links;

    static final String JOURNEYS = "kpi_journeys";
    static final String LINKS = "kpi_journey_links";

    JourneyStore(MongoDatabase database, String prefix) {
        this.journeys = database.getCollection(prefix + JOURNEYS);
        this.links = database.getCollection(prefix + LINKS);
    }

    /** The journeys of opportunities linked by earlier batches, by opportunity key. */
    Map<AggregateKey, String> journeyIdsOf(Collection<AggregateKey> opportunities) {
        Map<String, AggregateKey> byId = new HashMap<>();
        opportunities.forEach(o -> byId.put(o.documentId(), o));
        Map<AggregateKey, String> found = new HashMap<>();
        for (Document link : links.find(in("_id", byId.keySet()))) {
            found.put(byId.get(link.getString("_id")), link.getString("journeyId"));
        }
        return found;
    }

    /** The stored documents of those of {@code keys} that have one; see {@link #journeyOf}. */
    Map<AggregateKey, Document> documents(Collection<AggregateKey> keys) {
        Map<String, AggregateKey> byId = new HashMap<>();
        keys.forEach(key -> byId.put(key.documentId(), key));
        Map<AggregateKey, Document> found = new HashMap<>();
        for (Document document : journeys.find(in("_id", byId.keySet()))) {
            found.put(byId.get(document.getString("_id")), document);
        }
        return found;
    }

    /** The journey a stored document holds, or a new one for {@code null}. */
    static JourneyState journeyOf(AggregateKey key, Document document) {
        return document == null
                ? new JourneyState(key, JourneyState.NOTHING_APPLIED)
                : JourneyState.fromDocument(key, document);
    }

    void save(Map<AggregateKey, String> newLinks, Collection<JourneyState> changed) {
        if (!newLinks.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            newLinks.forEach((opportunity, journeyId) -> writes.add(new ReplaceOneModel<>(
                    eq("_id", opportunity.documentId()),
                    new Document("_id", opportunity.documentId())
                            .append("tenant", opportunity.tenant())
                            .append("journeyId", journeyId),
                    UPSERT)));
            links.bulkWrite(writes, UNORDERED);
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (JourneyState journey : changed) {
            Bson loadedAt = journey.storedVersion == JourneyState.NOTHING_APPLIED
                    ? exists("version", false)
                    : eq("version", journey.storedVersion);
            writes.add(new ReplaceOneModel<>(
                    and(eq("_id", journey.key.documentId()), loadedAt), journey.toDocument(), UPSERT));
        }
        if (!writes.isEmpty()) {
            journeys.bulkWrite(writes, UNORDERED);
        }
    }
}
