package io.stageflow.metrics.kpi;

import org.bson.Document;

/** An account's fact state: its slices, and whether it is a customer now (churn ends that). */
final class AccountState extends FactState {
    boolean customer;

    AccountState(AggregateKey key, long storedSequence) {
        super(key, storedSequence);
    }

    @Override
    void readFrom(Document document) {
        customer = document.getBoolean("customer", false);
    }

    @Override
    void writeTo(Document document) {
        document.append("customer", customer);
    }
}
