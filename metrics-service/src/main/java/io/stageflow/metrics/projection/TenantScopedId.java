package io.stageflow.metrics.projection;

/** An aggregate or journey id within its tenant; ids never contain '/', so the document id is unambiguous. */
public record TenantScopedId(String tenant, String id) {
    public String documentId() {
        return tenant + "/" + id;
    }
}
