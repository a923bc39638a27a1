package io.stageflow.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.Progress;
import io.stageflow.bench.http.Api;
import java.io.PrintStream;
import java.util.List;

/**
 * P4: an operator's full rebuild of the KPI read model (docs/reliability.md, "Rebuilding the read
 * model"): {@code POST /actuator/projections} on the metrics service's management port, then its
 * status until it is done. The rebuild replays the topics into fresh collections beside the live
 * model and switches over; its time is from the POST to the status saying DONE.
 */
public final class Replay {
    private static final long POLL_MILLIS = 200;

    private Replay() {}

    public record Result(long events, double seconds, JsonNode status) {
        public double perSecond() {
            return events / seconds;
        }
    }

    public static Result run(String managementUrl, PrintStream out) {
        Api actuator = new Api(managementUrl, null);
        Progress progress = new Progress(out, "P4");
        long started = System.nanoTime();
        JsonNode status = actuator.postJson("/actuator/projections", null);
        while (List.of("RUNNING", "SWITCHING").contains(status.path("state").asText())) {
            progress.update(
                    status.path("eventsDone").asLong(),
                    status.path("eventsTotal").asLong(),
                    "records replayed");
            sleep();
            status = actuator.getJson("/actuator/projections");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!"DONE".equals(status.path("state").asText())) {
            throw new IllegalStateException("the rebuild ended " + status);
        }
        return new Result(status.path("eventsDone").asLong(), seconds, status);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
