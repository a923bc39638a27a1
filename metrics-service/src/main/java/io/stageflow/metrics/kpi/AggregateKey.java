package io.stageflow.metrics.kpi;

/** A lead or an opportunity of a tenant: ids are unique per tenant only. */
record AggregateKey(String tenant, String id) {
    String documentId() {
        return tenant + "/" + id;
    }
}
