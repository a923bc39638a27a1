package io.stageflow.metrics.kpi;

import org.bson.Document;

/** A lead's fact state: its slices (owner and team follow reassignments) and how far it was applied. */
final class LeadState extends FactState {
    LeadState(AggregateKey key, long storedSequence) {
        super(key, storedSequence);
    }

    @Override
    void readFrom(Document document) {
        // Nothing beyond the slices and the sequence.
    }

    @Override
    void writeTo(Document document) {
        // Nothing beyond the slices and the sequence.
    }
}
