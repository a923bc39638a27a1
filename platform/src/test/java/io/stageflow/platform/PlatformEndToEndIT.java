package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.events.EventType;
import io.stageflow.events.ids.TenantId;
import io.stageflow.platform.demo.DemoJourney;
import io.stageflow.platform.demo.DemoPlan;
import io.stageflow.platform.demo.DemoSalesOrg;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole platform as a user meets it: four service JVMs, the real Kafka broker and the
 * Mongo-wire store, every request through the gateway with a token from its local endpoint.
 */
class PlatformEndToEndIT {
    private static final String FUNNEL =
            "/api/metrics/funnel?from=2026-07-01&to=2026-10-01" + "&stages=NEW,CONTACTED,NEEDS_ANALYSIS,PROPOSAL,WON";
    private static final String IN_QUARTER = "?from=2026-07-01&to=2026-10-01";

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void reproducesTheLiteraturesFunnelFromCommandsThroughKafkaToTheMetrics() {
        StageflowClient acme =
                StageflowClient.signIn(platform.gatewayUrl(), "acme", "alice", List.of("executive", "admin"));
        List<DemoJourney> journeys = DemoPlan.journeys();
        new DemoSalesOrg(acme, System.out).load(journeys);
        Freshness.awaitCaughtUp(acme, Duration.ofSeconds(90));

        // What a BI subscriber sees: every command's event on Kafka, once per event id.
        assertThat(TopicCensus.of(platform.kafkaBootstrapServers(), new TenantId("acme")))
                .containsEntry(EventType.LEAD_CREATED, 1000)
                .containsEntry(EventType.LEAD_STAGE_CHANGED, 600)
                .containsEntry(EventType.LEAD_DISQUALIFIED, 130)
                .containsEntry(EventType.LEAD_CONVERTED, 300)
                .containsEntry(EventType.OPPORTUNITY_OPENED, 300)
                .containsEntry(EventType.OPPORTUNITY_STAGE_CHANGED, 150)
                // Entering PROPOSAL, the default pipeline's qualifying stage, qualifies.
                .containsEntry(EventType.OPPORTUNITY_QUALIFIED, 150)
                // The default pipeline, recorded on first use.
                .containsEntry(EventType.PIPELINE_DEFINED, 1)
                .containsEntry(EventType.OPPORTUNITY_WON, 100)
                .containsEntry(EventType.OPPORTUNITY_LOST, 50);

        assertThat(stageRows(acme.get(FUNNEL)))
                .containsExactly(
                        "NEW 1000 -",
                        "CONTACTED 600 0.6000",
                        "NEEDS_ANALYSIS 300 0.5000",
                        "PROPOSAL 150 0.5000",
                        "WON 100 0.6667");

        JsonNode winRate = acme.get("/api/metrics/win-rate" + IN_QUARTER);
        assertThat(winRate.path("won").asLong()).isEqualTo(100);
        assertThat(winRate.path("lost").asLong()).isEqualTo(50);
        assertThat(winRate.path("winRate").asDouble()).isCloseTo(100 / 150.0, within(1e-4));

        JsonNode cycle = acme.get("/api/metrics/cycle-time" + IN_QUARTER);
        assertThat(cycle.path("won").asLong()).isEqualTo(100);
        assertThat(cycle.path("meanDays").asDouble()).isCloseTo(meanCycleDays(journeys), within(1e-6));

        StageflowClient globex = StageflowClient.signIn(platform.gatewayUrl(), "globex", "bob", List.of("executive"));
        assertThat(stageRows(globex.get(FUNNEL)))
                .allSatisfy(row -> assertThat(row).contains(" 0 "));
        assertThat(globex.get("/api/metrics/win-rate" + IN_QUARTER).path("won").asLong())
                .isZero();
    }

    @Test
    void aClientRetryThroughTheGatewayDoesNotCreateASecondLead() {
        StageflowClient client =
                StageflowClient.signIn(platform.gatewayUrl(), "retry", "carol", List.of("rep"), List.of("t1"));
        var lead = java.util.Map.of(
                "source", "webinar", "industry", "software", "region", "EMEA", "ownerId", "carol", "teamId", "t1");
        var key =
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());

        StageflowClient.Response first = client.send("POST", "/api/leads", lead, key);
        StageflowClient.Response retry = client.send("POST", "/api/leads", lead, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.json().path("leadId").asText())
                .isEqualTo(first.json().path("leadId").asText());
    }

    @Test
    void requestsWithoutATokenAreRefused() {
        StageflowClient.Response anonymous =
                StageflowClient.anonymous(platform.gatewayUrl()).send("GET", "/api/metrics/funnel", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(StageflowClient.anonymous(platform.gatewayUrl())
                        .send("POST", "/api/leads", java.util.Map.of("source", "web"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aServiceCalledAroundTheGatewayStillWantsAToken() {
        StageflowClient.Response direct = StageflowClient.anonymous(platform.serviceUrl(Service.METRICS))
                .send("GET", "/api/metrics/funnel", null);
        assertThat(direct.status()).isEqualTo(401);
    }

    private static double meanCycleDays(List<DemoJourney> journeys) {
        return journeys.stream()
                .filter(DemoJourney::isWon)
                // The sales cycle runs from the opportunity's opening, the lead's conversion, to the win.
                .mapToDouble(j -> Duration.between(j.converted(), j.won()).toSeconds() / 86_400.0)
                .average()
                .orElseThrow();
    }

    private static List<String> stageRows(JsonNode funnel) {
        List<String> rows = new ArrayList<>();
        for (JsonNode stage : funnel.path("stages")) {
            JsonNode conversion = stage.path("conversionFromPrevious");
            rows.add(stage.path("stage").asText() + " " + stage.path("count").asLong() + " "
                    + (conversion.isNull() || conversion.isMissingNode()
                            ? "-"
                            : String.format(java.util.Locale.ROOT, "%.4f", conversion.asDouble())));
        }
        return rows;
    }
}
