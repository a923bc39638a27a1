package io.stageflow.metrics.kpi;

import java.time.Instant;
import org.bson.Document;

/**
 * A lead's fact state: its slices (owner and team follow reassignments) and, while it is in the
 * funnel, the stage it is in and since when, for the time spent in lead stages.
 */
final class LeadState extends FactState {
    String stage;
    Instant stageEnteredAt;

    LeadState(AggregateKey key, long storedSequence) {
        super(key, storedSequence);
    }

    @Override
    void readFrom(Document document) {
        stage = document.getString("stage");
        stageEnteredAt = instant(document, "stageEnteredAt");
    }

    @Override
    void writeTo(Document document) {
        document.append("stage", stage).append("stageEnteredAt", date(stageEnteredAt));
    }
}
