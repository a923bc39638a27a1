package io.stageflow.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.metrics.rebuild.KpiRebuild;
import io.stageflow.metrics.rebuild.RebuildStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault-injection suite's invariant: the read model equals a fresh replay of the log. The live
 * answers are taken, the read model is rebuilt from the topics (ADR 0009), and every answer must
 * come back the same.
 */
public final class FreshReplay {
    private FreshReplay() {}

    /** The KPI answers the fault tests compare: one of each family, over a range and as of a day. */
    public static List<String> answersFor(String range, String asOfDay) {
        return List.of(
                "/api/metrics/funnel?" + range,
                "/api/metrics/win-rate?" + range,
                "/api/metrics/loss-analysis?" + range,
                "/api/metrics/cycle-time?" + range,
                "/api/metrics/deal-size?" + range,
                "/api/metrics/conversion?" + range,
                "/api/metrics/pipeline?asOf=" + asOfDay,
                "/api/metrics/pipeline-changes?" + range);
    }

    public static void assertLiveEqualsReplay(KpiRebuild rebuild, MetricsClient client, List<String> answers)
            throws Exception {
        client.awaitCaughtUp(Duration.ofSeconds(120));
        Map<String, String> live = new LinkedHashMap<>();
        for (String answer : answers) {
            live.put(answer, client.get(answer));
        }
        rebuild.start();
        awaitDone(rebuild, client, answers.get(0));
        client.awaitCaughtUp(Duration.ofSeconds(60));
        for (String answer : answers) {
            assertThat(client.get(answer)).as("%s after a fresh replay", answer).isEqualTo(live.get(answer));
        }
    }

    /** Polls the rebuild to its end, asking {@code query} each time: it must answer throughout. */
    public static RebuildStatus awaitDone(KpiRebuild rebuild, MetricsClient client, String query) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            client.get(query);
            RebuildStatus status = rebuild.status();
            if (!List.of("RUNNING", "SWITCHING").contains(status.state())) {
                assertThat(status.state()).as(status.message()).isEqualTo("DONE");
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("rebuild not done after 3 minutes: " + rebuild.status());
    }
}
