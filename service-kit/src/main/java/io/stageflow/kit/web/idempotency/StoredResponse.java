package io.stageflow.kit.web.idempotency;

import java.util.Map;

/** The first successful response to a keyed request, replayed to every retry. */
record StoredResponse(int status, String contentType, byte[] body, Map<String, String> headers) {}
