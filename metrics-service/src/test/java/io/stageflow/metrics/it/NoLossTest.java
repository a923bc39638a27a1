package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.support.EventTopics;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guards against axon-kafka's silent loss over several partitions: thousands of aggregates, their
 * events interleaved at random over three partitions per topic, every journey must arrive intact.
 * Also prints the ingestion rate next to a bare consumer's read-and-parse rate (a figure, not a check).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoLossTest {
    private static final EventTopics TOPICS = EventTopics.create(3);
    private static final TenantId TENANT = new TenantId("bulk");
    private static final int JOURNEYS = 4000;
    private static final List<String> STAGES =
            List.of("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION", "WON");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionStatusQuery status;

    @Autowired
    MongoDatabase metricsDatabase;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
        TOPICS.register(registry);
    }

    @Test
    void everyJourneyOfThousandsOfInterleavedAggregatesIsProjected() throws Exception {
        Map<String, Integer> expectedEntries = new HashMap<>();
        long[] reaching = new long[STAGES.size()];
        List<List<EventEnvelope>> journeys = new ArrayList<>();
        Instant start = Instant.parse("2026-04-01T00:00:00Z");
        for (int i = 0; i < JOURNEYS; i++) {
            int furthest = i % 6;
            End end = furthest >= 2 && i % 4 == 0 ? End.WON : furthest >= 2 && i % 4 == 1 ? End.LOST : End.OPEN;
            journeys.add(SampleJourneys.journey(TENANT, "bulk-" + i, start.plusSeconds(i), furthest, end));
            expectedEntries.put("bulk-" + i, furthest + 1 + (end == End.WON ? 1 : 0));
            // A win is past every stage of the pipeline: it reaches them all.
            int reached = end == End.WON ? STAGES.size() - 1 : furthest;
            for (int stage = 0; stage <= reached; stage++) {
                reaching[stage]++;
            }
        }
        List<EventEnvelope> events = interleave(journeys, new Random(42));
        events.addAll(SampleJourneys.defaultPipeline(TENANT));

        EventProcessor processor =
                processing.eventProcessor(KpiProjection.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        TOPICS.publish(events);
        long started = System.nanoTime();
        processor.start();
        while (status.status().lag() > 0) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(3));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double bare = BareConsumer.readAndParsePerSecond(TOPICS.names(), events.size());
        System.out.printf(
                "INGESTION: %d events in %.2f s = %.0f events/s (bare consumer read+parse: %.0f events/s, ratio %.2f)%n",
                events.size(), seconds, events.size() / seconds, bare, events.size() / seconds / bare);

        Map<String, Integer> projectedEntries = new HashMap<>();
        for (Document journey :
                metricsDatabase.getCollection("kpi_journeys").find(Filters.eq("tenant", TENANT.value()))) {
            assertThat(journey.getDate("startedAt"))
                    .as("start of %s", journey.get("_id"))
                    .isNotNull();
            int entries = journey.getList("leadEntered", Document.class).size()
                    + journey.getList("dealEntered", Document.class).size()
                    + (journey.getDate("wonAt") == null ? 0 : 1);
            projectedEntries.put(journey.getString("journeyId"), entries);
        }
        assertThat(projectedEntries).isEqualTo(expectedEntries);
        String funnel =
                new MetricsClient(mvc, TENANT.value()).get("/api/metrics/funnel?stages=" + String.join(",", STAGES));
        for (int stage = 0; stage < STAGES.size(); stage++) {
            assertThat(((Number) JsonPath.read(funnel, "$.stages[" + stage + "].count")).longValue())
                    .as(STAGES.get(stage))
                    .isEqualTo(reaching[stage]);
        }
    }

    /** A random merge of all journeys that keeps each journey's own order. */
    private static List<EventEnvelope> interleave(List<List<EventEnvelope>> journeys, Random random) {
        List<EventEnvelope> merged = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < journeys.size(); i++) {
            next.add(0);
            open.add(i);
        }
        while (!open.isEmpty()) {
            int pick = random.nextInt(open.size());
            int journey = open.get(pick);
            merged.add(journeys.get(journey).get(next.get(journey)));
            next.set(journey, next.get(journey) + 1);
            if (next.get(journey) == journeys.get(journey).size()) {
                open.set(pick, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            }
        }
        return merged;
    }
}
