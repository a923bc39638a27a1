package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.messaging.CloudEventsMessageConverter;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The funnel example end to end: CloudEvents records on Kafka, projected by the service, read back
 * through the API. The opportunity topic is written before the lead topic, so wins are projected
 * before the leads they started from exist.
 */
class MetricsApiTest extends MetricsServiceTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final Instant JANUARY = Instant.parse("2026-01-10T08:00:00Z");
    private static final String JANUARY_RANGE = "from=2026-01-01&to=2026-02-01";
    private static final String FUNNEL =
            "/api/metrics/funnel?" + JANUARY_RANGE + "&stages=NEW,CONTACTED,NEEDS_ANALYSIS,PROPOSAL,WON";

    @Autowired
    MeterRegistry meters;

    private MetricsClient acme;
    private List<EventEnvelope> published;

    @BeforeAll
    void publishTheFunnelExample() throws Exception {
        acme = new MetricsClient(mvc, "acme");
        published = funnelExample();
        published.addAll(SampleJourneys.defaultPipeline(ACME));
        // Opportunity events first: a win arrives before the lead it came from.
        List<EventEnvelope> ordered = new ArrayList<>(published);
        ordered.sort(Comparator.comparing(e -> e.type().topic().contains("lead")));
        TOPICS.publish(ordered.subList(0, ordered.size() / 2));
        TOPICS.publishRaw(TOPICS.leads, "garbled-1", "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
        TOPICS.publish(ordered.subList(ordered.size() / 2, ordered.size()));
        acme.awaitCaughtUp(Duration.ofSeconds(60));
    }

    @Test
    void funnelCountsTheJanuaryCohortByStageReached() throws Exception {
        DocumentContext funnel = JsonPath.parse(acme.get(FUNNEL));

        assertThat(funnel.read("$.stages[*].stage", List.class))
                .containsExactly("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "WON");
        assertThat(funnel.read("$.stages[*].count", List.class)).containsExactly(1000, 600, 300, 150, 100);
        assertThat(funnel.read("$.stages[*].conversionFromPrevious", List.class))
                .containsExactly(null, 0.6, 0.5, 0.5, 0.6667);
    }

    @Test
    void funnelDefaultsToTheWholePipelineAndAnUnboundedRange() throws Exception {
        DocumentContext funnel = JsonPath.parse(acme.get("/api/metrics/funnel"));

        assertThat(funnel.read("$.stages[*].stage", List.class))
                .hasSize(7)
                .startsWith("NEW")
                .endsWith("WON");
        // The default pipeline's stages in its newest version. The ten March journeys count too
        // without a range; all of them were won, and a win reaches QUOTE and NEGOTIATION too.
        assertThat(funnel.read("$.stages[*].count", List.class)).containsExactly(1010, 610, 310, 160, 110, 110, 110);
    }

    @Test
    void winRateCountsWinsAndLossesClosedInTheRange() throws Exception {
        DocumentContext winRate = JsonPath.parse(acme.get("/api/metrics/win-rate?" + JANUARY_RANGE));

        assertThat((Integer) winRate.read("$.won")).isEqualTo(100);
        assertThat((Integer) winRate.read("$.lost")).isEqualTo(80);
        assertThat((Double) winRate.read("$.winRate")).isEqualTo(0.5556);
    }

    @Test
    void cycleTimeMeasuresOpeningToWinAndTimeInEachStage() throws Exception {
        DocumentContext cycle = JsonPath.parse(acme.get("/api/metrics/cycle-time?" + JANUARY_RANGE));

        assertThat((Integer) cycle.read("$.won")).isEqualTo(100);
        // The sales cycle runs from the opportunity's opening (day 2 of each journey) to its win (day 7).
        assertThat((Double) cycle.read("$.meanDays")).isEqualTo(5.0);
        assertThat((Double) cycle.read("$.medianDays")).isBetween(4.95, 5.05);
        assertThat((Double) cycle.read("$.p90Days")).isBetween(4.95, 5.05);
        // The whole journey runs from the lead's creation (day 0) to the win (day 7).
        assertThat((Integer) cycle.read("$.journey.won")).isEqualTo(100);
        assertThat((Double) cycle.read("$.journey.meanDays")).isEqualTo(7.0);
        assertThat((Double) cycle.read("$.journey.p90Days")).isBetween(6.93, 7.07);
        assertThat((Double) cycle.read("$.stages[?(@.stage=='NEW')].meanDays", List.class)
                        .get(0))
                .isEqualTo(1.0);
        assertThat((Double) cycle.read("$.stages[?(@.stage=='PROPOSAL')].meanDays", List.class)
                        .get(0))
                .isEqualTo(3.0);
        assertThat(cycle.read("$.stages[?(@.stage=='QUOTE')].medianDays", List.class))
                .containsExactly((Object) null);
    }

    @Test
    void theSameEventsDeliveredTwiceGiveTheSameAnswers() throws Exception {
        String funnel = acme.get(FUNNEL);
        String winRate = acme.get("/api/metrics/win-rate?" + JANUARY_RANGE);
        String cycleTime = acme.get("/api/metrics/cycle-time?" + JANUARY_RANGE);

        TOPICS.publish(published);
        acme.awaitCaughtUp(Duration.ofSeconds(60));

        assertThat(acme.get(FUNNEL)).isEqualTo(funnel);
        assertThat(acme.get("/api/metrics/win-rate?" + JANUARY_RANGE)).isEqualTo(winRate);
        assertThat(acme.get("/api/metrics/cycle-time?" + JANUARY_RANGE)).isEqualTo(cycleTime);
    }

    @Test
    void anotherTenantSeesNothingOfIt() throws Exception {
        MetricsClient globex = new MetricsClient(mvc, "globex");

        assertThat(JsonPath.parse(globex.get(FUNNEL)).read("$.stages[*].count", List.class))
                .containsOnly(0);
        assertThat(globex.get("/api/metrics/win-rate")).isEqualTo("{\"won\":0,\"lost\":0,\"winRate\":null}");
    }

    @Test
    void aGarbledRecordIsCountedAsRejectedWithoutStoppingTheOthers() throws Exception {
        // The meter Prometheus scrapes (on the management port: kit ManagementPortTest).
        Counter rejected = meters.get(CloudEventsMessageConverter.REJECTED_METER)
                .tag("topic", TOPICS.leads)
                .counter();

        assertThat(rejected.count()).isGreaterThanOrEqualTo(1);
        assertThat(JsonPath.parse(acme.get("/api/metrics/status")).read("$.lastEventTime", String.class))
                .isNotNull();
    }

    @Test
    void badQueriesAreProblemsNotErrors() throws Exception {
        for (String query : List.of(
                "/api/metrics/funnel?stages=NEW,SIGNED",
                "/api/metrics/win-rate?from=last-week",
                "/api/metrics/cycle-time?from=2026-02-01&to=2026-01-01")) {
            mvc.perform(get(query).with(ServiceTestSupport.caller("acme", "manager-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(get("/api/metrics/funnel")).andExpect(status().isUnauthorized());
    }

    /** 1000 leads -> 600 contacted -> 300 converted -> 150 proposal -> 100 won (and 80 lost), plus 10 wins started in March. */
    private static List<EventEnvelope> funnelExample() {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Instant start = JANUARY.plus(Duration.ofMinutes(i * 7L));
            int furthest = i < 400 ? 0 : i < 700 ? 1 : i < 850 ? 2 : 3;
            End end =
                    switch (furthest) {
                        case 0, 1 -> i % 3 == 0 ? End.LOST : End.OPEN;
                        case 2 -> i % 3 == 0 ? End.LOST : End.OPEN;
                        default -> i < 950 ? End.WON : i < 980 ? End.LOST : End.OPEN;
                    };
            events.addAll(SampleJourneys.journey(ACME, "lead-" + i, start, furthest, end));
        }
        for (int i = 0; i < 10; i++) {
            events.addAll(
                    SampleJourneys.journey(ACME, "march-" + i, Instant.parse("2026-03-05T10:00:00Z"), 3, End.WON));
        }
        return events;
    }
}
