package io.stageflow.metrics.query.funnel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.projection.JourneyFields;
import io.stageflow.metrics.projection.Stage;
import io.stageflow.metrics.query.TimeRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Cohort funnel: the journeys that started in the range, grouped by the furthest stage they reached. */
@Component
public class FunnelQuery {
    private final MongoCollection<Document> journeys;

    public FunnelQuery(MongoDatabase metricsDatabase) {
        this.journeys = metricsDatabase.getCollection(JourneyFields.COLLECTION);
    }

    public Funnel funnel(TenantId tenant, TimeRange started, List<Stage> stages) {
        Map<Integer, Long> byRank = new HashMap<>();
        List<Document> groups = journeys.aggregate(List.of(
                        Aggregates.match(Filters.and(
                                Filters.eq(JourneyFields.TENANT, tenant.value()),
                                started.filter(JourneyFields.STARTED_AT))),
                        Aggregates.group("$" + JourneyFields.FURTHEST_RANK, Accumulators.sum("n", 1))))
                .into(new java.util.ArrayList<>());
        for (Document group : groups) {
            // A journey that reached no known stage has no rank and counts for no stage.
            if (group.get("_id") instanceof Number rank) {
                byRank.merge(rank.intValue(), ((Number) group.get("n")).longValue(), Long::sum);
            }
        }
        return Funnel.of(byRank, stages);
    }
}
