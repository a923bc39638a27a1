package io.stageflow.metrics.query.cycletime;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.projection.JourneyFields;
import io.stageflow.metrics.projection.Stage;
import io.stageflow.metrics.query.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Whole cycle (start to win) and time in each open stage. A stage visit counts when both its entry
 * and exit are known and the exit lies in the range. Entry is the first time the journey entered
 * the stage and exit the last time it left, so a deal that moved back spans its whole stay.
 */
@Component
public class CycleTimeQuery {
    private final MongoCollection<Document> journeys;

    public CycleTimeQuery(MongoDatabase metricsDatabase) {
        this.journeys = metricsDatabase.getCollection(JourneyFields.COLLECTION);
    }

    public CycleTime cycleTime(TenantId tenant, TimeRange range) {
        DurationStats whole = new DurationStats();
        Map<Stage, DurationStats> byStage = new EnumMap<>(Stage.class);
        Stage.OPEN.forEach(stage -> byStage.put(stage, new DurationStats()));
        long won = 0;
        for (Document journey : journeys.find(filter(tenant, range))
                .projection(
                        Projections.include(JourneyFields.STARTED_AT, JourneyFields.WON_AT, JourneyFields.STAGES))) {
            Instant wonAt = instant(journey, JourneyFields.WON_AT);
            if (range.contains(wonAt)) {
                won++;
                Instant startedAt = instant(journey, JourneyFields.STARTED_AT);
                if (startedAt != null) {
                    whole.add(startedAt, wonAt);
                }
            }
            Document stages = journey.get(JourneyFields.STAGES, Document.class);
            for (Stage stage : Stage.OPEN) {
                Document visit = stages == null ? null : stages.get(stage.name(), Document.class);
                Instant exited = visit == null ? null : instant(visit, JourneyFields.EXITED_AT);
                Instant entered = visit == null ? null : instant(visit, JourneyFields.ENTERED_AT);
                if (entered != null && range.contains(exited)) {
                    byStage.get(stage).add(entered, exited);
                }
            }
        }
        List<StageCycleTime> stages = new ArrayList<>();
        byStage.forEach((stage, stats) ->
                stages.add(new StageCycleTime(stage.name(), stats.meanDays(), stats.medianDays(), stats.p90Days())));
        return new CycleTime(won, whole.meanDays(), whole.medianDays(), whole.p90Days(), stages);
    }

    private static Bson filter(TenantId tenant, TimeRange range) {
        List<Bson> endedInRange = new ArrayList<>();
        endedInRange.add(range.filter(JourneyFields.WON_AT));
        Stage.OPEN.forEach(stage -> endedInRange.add(range.filter(JourneyFields.exitedAt(stage))));
        return Filters.and(Filters.eq(JourneyFields.TENANT, tenant.value()), Filters.or(endedInRange));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
