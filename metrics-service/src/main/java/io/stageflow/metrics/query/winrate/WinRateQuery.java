package io.stageflow.metrics.query.winrate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.projection.JourneyFields;
import io.stageflow.metrics.query.TimeRange;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Win rate over the opportunities closed (won or lost) in the range. */
@Component
public class WinRateQuery {
    private final MongoCollection<Document> journeys;

    public WinRateQuery(MongoDatabase metricsDatabase) {
        this.journeys = metricsDatabase.getCollection(JourneyFields.COLLECTION);
    }

    public WinRate winRate(TenantId tenant, TimeRange closed) {
        return WinRate.of(
                closedIn(tenant, closed, JourneyFields.WON_AT), closedIn(tenant, closed, JourneyFields.LOST_AT));
    }

    private long closedIn(TenantId tenant, TimeRange closed, String field) {
        return journeys.countDocuments(
                Filters.and(Filters.eq(JourneyFields.TENANT, tenant.value()), closed.filter(field)));
    }
}
