package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invariant every fault-injection test ends with: the metrics equal a fresh replay of the log.
 * The live answers are taken, an operator's rebuild replays the topics into fresh collections and
 * switches over (ADR 0009), and every answer must come back the same.
 */
final class FreshReplay {
    private static final String RANGE = "from=2026-10-01&to=2026-11-01";
    private static final List<String> ANSWERS = List.of(
            LeadTraffic.FUNNEL,
            LeadTraffic.FUNNEL + "&groupBy=source",
            LeadTraffic.FUNNEL + "&mode=stage-entry&grain=day",
            "/api/metrics/conversion?" + RANGE,
            "/api/metrics/conversion?" + RANGE + "&groupBy=source");
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(4);

    private FreshReplay() {}

    static void assertLiveEqualsReplay(LocalPlatform platform, StageflowClient client) throws InterruptedException {
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(120));
        Map<String, JsonNode> live = answers(client);
        StageflowClient actuator = StageflowClient.anonymous(platform.managementUrl(Service.METRICS));
        long started = System.nanoTime();
        JsonNode status = actuator.post("/actuator/projections", null);
        long deadline = started + REBUILD_TIMEOUT.toNanos();
        while (List.of("RUNNING", "SWITCHING").contains(status.path("state").asText())) {
            assertThat(System.nanoTime())
                    .as("rebuild not done after %s: %s", REBUILD_TIMEOUT, status)
                    .isLessThan(deadline);
            client.get(LeadTraffic.FUNNEL); // the live model answers throughout
            Thread.sleep(500);
            status = actuator.get("/actuator/projections");
        }
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("DONE");
        System.out.printf(
                "[replay] %d records replayed into fresh collections in %.1f s%n",
                status.path("eventsDone").asLong(), (System.nanoTime() - started) / 1e9);
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(60));
        assertThat(answers(client))
                .as("the live answers, then those after a fresh replay")
                .isEqualTo(live);
    }

    private static Map<String, JsonNode> answers(StageflowClient client) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        ANSWERS.forEach(query -> answers.put(query, client.get(query)));
        return answers;
    }
}
