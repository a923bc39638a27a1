package io.stageflow.metrics.outcomes;

/** An opportunity of a tenant: ids are unique per tenant only. */
record DealKey(String tenant, String opportunityId) {
    String documentId() {
        return tenant + "/" + opportunityId;
    }
}
