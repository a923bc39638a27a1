package io.stageflow.kit.web.idempotency;

/**
 * A request under an {@code Idempotency-Key}. Keys are scoped by tenant, so two tenants' clients
 * can never collide or see each other's responses.
 *
 * @param fingerprint method, path and body, hashed: the same key with another request is a client bug
 */
record KeyedRequest(String tenant, String key, String fingerprint) {
    String documentId() {
        return tenant + "/" + key;
    }
}
