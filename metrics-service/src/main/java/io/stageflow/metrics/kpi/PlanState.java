package io.stageflow.metrics.kpi;

import org.bson.Document;

/** A plan figure's fact state: only how far its settings were applied (each carries its previous value). */
final class PlanState extends FactState {
    PlanState(AggregateKey key, long storedSequence) {
        super(key, storedSequence);
    }

    @Override
    void readFrom(Document document) {
        // Nothing beyond the sequence: a setting's event names the amount it replaces.
    }

    @Override
    void writeTo(Document document) {
        // Nothing beyond the sequence.
    }
}
