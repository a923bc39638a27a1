package io.stageflow.platform.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * Waits until what was written is visible in the metrics: the projection has no lag, and stays so
 * for a moment (events still on their way from a service's event store to Kafka show up as lag).
 */
public final class Freshness {
    private Freshness() {}

    public static JsonNode awaitCaughtUp(StageflowClient client, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietPolls = 0;
        JsonNode status = null;
        while (quietPolls < 4) {
            status = client.get("/api/metrics/status");
            quietPolls = status.path("lag").asLong(-1) == 0 ? quietPolls + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("metrics still behind after " + timeout + ": " + status);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return status;
    }
}
