package io.stageflow.metrics.kpi;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The latest recorded time among the events projected so far, for the status endpoint. */
@Component
public class ProjectionProgress {
    private static final String LAST_EVENT_TIME = "lastEventTime";

    private final MongoCollection<Document> status;

    @Autowired
    public ProjectionProgress(MongoDatabase metricsDatabase) {
        this(metricsDatabase, "projection_status");
    }

    /** A rebuild's progress, kept apart from that of the read model queries answer from. */
    public ProjectionProgress(MongoDatabase metricsDatabase, String collection) {
        this.status = metricsDatabase.getCollection(collection);
    }

    /** $max: a replayed batch never moves it back. */
    void record(Instant lastRecordedAt) {
        if (lastRecordedAt != null) {
            status.updateOne(
                    eq("_id", KpiProjection.PROCESSING_GROUP),
                    Updates.max(LAST_EVENT_TIME, Date.from(lastRecordedAt)),
                    new UpdateOptions().upsert(true));
        }
    }

    public Optional<Instant> lastEventTime() {
        Document progress =
                status.find(eq("_id", KpiProjection.PROCESSING_GROUP)).first();
        return Optional.ofNullable(progress)
                .map(p -> p.getDate(LAST_EVENT_TIME))
                .map(Date::toInstant);
    }
}
