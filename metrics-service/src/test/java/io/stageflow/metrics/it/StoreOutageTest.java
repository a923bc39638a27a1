package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.localinfra.SharedTestInfra;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.rebuild.KpiRebuild;
import io.stageflow.metrics.support.FreshReplay;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Fault injection: the database goes away for three seconds while the projection is in the middle
 * of the events. Every connection is cut, so whatever the batch was doing (reading states, writing
 * cells or states, storing its token) fails, and so does every batch tried before the store returns.
 * Afterwards the projection re-claims its token and carries on from it: nothing lost, nothing counted
 * twice, and the read model equals a fresh replay of the log. Meanwhile a query is a 503 problem
 * that says when to retry, not a 500. (A crash between the cell and the state
 * writes in particular: KpiBatchTest.)
 */
class StoreOutageTest extends MetricsServiceTest {
    private static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");
    private static final int JOURNEYS = 240;
    private static final List<String> ANSWERS = FreshReplay.answersFor("from=2026-03-01&to=2026-05-01", "2026-03-10");

    @Autowired
    KpiRebuild rebuild;

    @Autowired
    ProjectionStatusQuery status;

    @Test
    void theStoreLostMidBatchLosesAndDoublesNothing() throws Exception {
        TenantId tenant = new TenantId("outage-" + UUID.randomUUID().toString().substring(0, 6));
        MetricsClient client = new MetricsClient(mvc, tenant.value());
        List<EventEnvelope> events = new ArrayList<>(SampleJourneys.defaultPipeline(tenant));
        events.addAll(SampleJourneys.mixedJourneys(tenant, "so", MARCH, JOURNEYS));

        long before = status.status().lag();
        TOPICS.publish(events);
        awaitLagBetween(before + 200, before + events.size() - 200);
        SharedTestInfra.mongo().interrupt();
        try {
            client.send(ANSWERS.get(0))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            Thread.sleep(2_000);
        } finally {
            SharedTestInfra.mongo().resume();
        }
        client.awaitCaughtUp(Duration.ofSeconds(180));

        assertThat((Integer) JsonPath.read(client.get(ANSWERS.get(1)), "$.won"))
                .isEqualTo(SampleJourneys.winsAmong(JOURNEYS));
        FreshReplay.assertLiveEqualsReplay(rebuild, client, ANSWERS);
    }

    /** Until the projection is in the middle of the events: some batches written, many to come. */
    private void awaitLagBetween(long low, long high) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long lag = status.status().lag();
        while (lag < low || lag > high) {
            assertThat(System.nanoTime())
                    .as("lag %d never between %d and %d", lag, low, high)
                    .isLessThan(deadline);
            Thread.sleep(10);
            lag = status.status().lag();
        }
    }
}
