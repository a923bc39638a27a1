package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.rebuild.KpiRebuild;
import io.stageflow.metrics.rebuild.RebuildStatus;
import io.stageflow.metrics.support.FreshReplay;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild replays the retained topics into fresh collections while queries keep answering from
 * the live ones, and switches over once caught up: a damaged read model comes back equal to one
 * that was never damaged, and events that arrive during the rebuild count once.
 */
class RebuildTest extends MetricsServiceTest {
    private static final Instant MAY = Instant.parse("2026-05-04T09:00:00Z");
    private static final String RANGE = "from=2026-05-01&to=2026-07-01";
    private static final List<String> ANSWERS = List.of(
            "/api/metrics/win-rate?" + RANGE,
            "/api/metrics/cycle-time?" + RANGE,
            "/api/metrics/deal-size?" + RANGE,
            "/api/metrics/conversion?" + RANGE,
            "/api/metrics/pipeline?asOf=2026-05-20");

    @Autowired
    KpiRebuild rebuild;

    @Autowired
    MongoDatabase metricsDatabase;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aDamagedReadModelIsRebuiltFromTheLogWhileQueriesKeepAnswering() throws Exception {
        TenantId damaged =
                new TenantId("damaged-" + UUID.randomUUID().toString().substring(0, 6));
        TenantId control = new TenantId("intact-" + UUID.randomUUID().toString().substring(0, 6));
        MetricsClient damagedClient = new MetricsClient(mvc, damaged.value());
        MetricsClient controlClient = new MetricsClient(mvc, control.value());
        for (TenantId tenant : List.of(damaged, control)) {
            publishJourneys(tenant, 0, 12);
        }
        damagedClient.awaitCaughtUp(Duration.ofSeconds(60));
        String winRate = ANSWERS.get(0);
        assertThat(damagedClient.get(winRate)).isEqualTo(controlClient.get(winRate));

        // Damage, as a faulty release might: every one of the tenant's win counts inflated.
        metricsDatabase
                .getCollection("kpi_cells")
                .updateMany(
                        Filters.and(Filters.eq("tenant", damaged.value()), Filters.exists("n.won")),
                        Updates.inc("n.won", 5));
        assertThat(damagedClient.get(winRate)).isNotEqualTo(controlClient.get(winRate));

        RebuildStatus started = rebuild.start();
        assertThat(started.state()).isEqualTo("RUNNING");
        assertThat(rebuild.start().processor())
                .as("a second start joins the run")
                .isEqualTo(started.processor());
        // Commands keep arriving during the rebuild.
        for (TenantId tenant : List.of(damaged, control)) {
            publishJourneys(tenant, 12, 18);
        }
        RebuildStatus done = FreshReplay.awaitDone(rebuild, damagedClient, winRate);

        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isPositive();
        assertThat(done.eventsPerSecond()).isPositive();
        damagedClient.awaitCaughtUp(Duration.ofSeconds(60));
        for (String answer : ANSWERS) {
            assertThat(damagedClient.get(answer)).as(answer).isEqualTo(controlClient.get(answer));
        }
        // 18 journeys, every third won: six wins, none lost, and none counted twice.
        assertThat((Integer) JsonPath.read(controlClient.get(winRate), "$.won")).isEqualTo(6);
        assertThat(metricsDatabase.listCollectionNames().into(new java.util.ArrayList<>()))
                .noneMatch(name -> name.startsWith("rebuild_kpi"));
    }

    /**
     * With two replicas the live processor runs in one of them; a rebuild started on the other must
     * not swap the collections under it. Here the live processor is stopped, as on a standby.
     */
    @Test
    void aRebuildOnAReplicaThatDoesNotProjectWaitsToSwitchOverUntilItHoldsTheClaim() throws Exception {
        TenantId tenant = new TenantId("standby-" + UUID.randomUUID().toString().substring(0, 6));
        MetricsClient client = new MetricsClient(mvc, tenant.value());
        publishJourneys(tenant, 0, 6);
        client.awaitCaughtUp(Duration.ofSeconds(60));
        String winRate = ANSWERS.get(0);
        String before = client.get(winRate);
        EventProcessor live =
                processing.eventProcessor(KpiProjection.PROCESSING_GROUP).orElseThrow();
        live.shutDown();
        try {
            rebuild.start();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                RebuildStatus status = rebuild.status();
                return status.eventsDone() == status.eventsTotal() && status.message() != null;
            });
            Thread.sleep(2_000); // four ticks of the rebuild's monitor: still no switch-over
            RebuildStatus waiting = rebuild.status();
            assertThat(waiting.state()).isEqualTo("RUNNING");
            assertThat(waiting.message()).contains("does not project", "segments_claimed");
        } finally {
            live.start();
        }

        assertThat(FreshReplay.awaitDone(rebuild, client, winRate).state()).isEqualTo("DONE");
        client.awaitCaughtUp(Duration.ofSeconds(60));
        assertThat(client.get(winRate)).isEqualTo(before);
    }

    private static void publishJourneys(TenantId tenant, int from, int to) {
        for (int i = from; i < to; i++) {
            End end = i % 3 == 0 ? End.WON : End.OPEN;
            TOPICS.publish(SampleJourneys.journey(tenant, "r" + i, MAY.plus(Duration.ofHours(i)), 2 + i % 4, end));
        }
    }
}
