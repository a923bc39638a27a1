package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The funnel's modes and matches on journeys worked out by hand. Pipeline {@code enterprise}
 * version 1 is DISCOVERY, DEMO, TRIAL, CONTRACT; version 2 drops TRIAL. Tenant oslo, UTC, May 2026.
 *
 * <pre>
 * j1 web  lead NEW 4th, CONTACTED 5th, converted 6th (v1): DISCOVERY 6th, DEMO 8th, TRIAL 10th, won 12th
 * j2 fair lead NEW 4th, converted from NEW 7th (v1): DISCOVERY 7th, CONTRACT 9th; a correction recorded
 *         later says it was in DEMO from the 8th; lost to Initech 11th. Delivered twice.
 * j3 web  lead NEW 5th, CONTACTED 6th, open
 * j4 web  opportunity without a lead, 6th (v2): DISCOVERY, DEMO 7th, back to DISCOVERY 8th, DEMO 9th,
 *         CONTRACT 10th, won 13th
 * j5 fair lead NEW 28 April, CONTACTED 4th, converted 5th (v1): DISCOVERY 5th
 * </pre>
 *
 * Opportunity events are published before lead events.
 */
class FunnelApiTest extends MetricsServiceTest {
    private static final TenantId OSLO = new TenantId("oslo");
    private static final PipelineId ENTERPRISE = new PipelineId("enterprise");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final String MAY = "from=2026-05-01&to=2026-06-01";

    private MetricsClient oslo;

    @BeforeAll
    void publishTheJourneys() throws Exception {
        oslo = new MetricsClient(mvc, OSLO.value());
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(pipeline(1, "DISCOVERY", "DEMO", "TRIAL", "CONTRACT"));
        events.addAll(pipeline(2, "DISCOVERY", "DEMO", "CONTRACT"));
        LeadId j1 = new LeadId("j1");
        OpportunityId d1 = new OpportunityId("d1");
        events.addAll(envelopes(
                new LeadCreated(OSLO, j1, may(4), "NEW", dims("web")),
                new LeadStageChanged(OSLO, j1, may(5), "NEW", "CONTACTED"),
                new LeadConverted(OSLO, j1, may(6), "CONTACTED", d1, AMOUNT, dims("web"), ENTERPRISE)));
        events.addAll(envelopes(
                opened(d1, j1, 6, 1, "web"),
                new OpportunityStageChanged(OSLO, d1, may(8), "DISCOVERY", "DEMO"),
                new OpportunityStageChanged(OSLO, d1, may(10), "DEMO", "TRIAL"),
                new OpportunityWon(OSLO, d1, may(12), "TRIAL", AMOUNT)));
        LeadId j2 = new LeadId("j2");
        OpportunityId d2 = new OpportunityId("d2");
        List<EventEnvelope> twice = new ArrayList<>(envelopes(
                new LeadCreated(OSLO, j2, may(4), "NEW", dims("fair")),
                new LeadConverted(OSLO, j2, may(7), "NEW", d2, AMOUNT, dims("fair"), ENTERPRISE)));
        twice.addAll(envelopes(
                opened(d2, j2, 7, 1, "fair"),
                new OpportunityStageChanged(OSLO, d2, may(9), "DISCOVERY", "CONTRACT"),
                new OpportunityStageCorrected(OSLO, d2, may(8), "DISCOVERY", "DEMO", "logged late"),
                new OpportunityLost(OSLO, d2, may(11), "CONTRACT", "price", "Initech")));
        events.addAll(twice);
        events.addAll(twice);
        LeadId j3 = new LeadId("j3");
        events.addAll(envelopes(
                new LeadCreated(OSLO, j3, may(5), "NEW", dims("web")),
                new LeadStageChanged(OSLO, j3, may(6), "NEW", "CONTACTED")));
        OpportunityId d4 = new OpportunityId("d4");
        events.addAll(envelopes(
                opened(d4, null, 6, 2, "web"),
                new OpportunityStageChanged(OSLO, d4, may(7), "DISCOVERY", "DEMO"),
                new OpportunityStageChanged(OSLO, d4, may(8), "DEMO", "DISCOVERY"),
                new OpportunityStageChanged(OSLO, d4, may(9), "DISCOVERY", "DEMO"),
                new OpportunityStageChanged(OSLO, d4, may(10), "DEMO", "CONTRACT"),
                new OpportunityWon(OSLO, d4, may(13), "CONTRACT", AMOUNT)));
        LeadId j5 = new LeadId("j5");
        OpportunityId d5 = new OpportunityId("d5");
        events.addAll(envelopes(
                new LeadCreated(OSLO, j5, Instant.parse("2026-04-28T09:00:00Z"), "NEW", dims("fair")),
                new LeadStageChanged(OSLO, j5, may(4), "NEW", "CONTACTED"),
                new LeadConverted(OSLO, j5, may(5), "CONTACTED", d5, AMOUNT, dims("fair"), ENTERPRISE)));
        events.addAll(envelopes(opened(d5, j5, 5, 1, "fair")));
        events.sort(Comparator.comparing(e -> e.type().topic().contains("lead")));
        TOPICS.publish(events);
        oslo.awaitCaughtUp(Duration.ofSeconds(60));
    }

    private List<Integer> countsOf(String query) throws Exception {
        return JsonPath.parse(oslo.get(query)).read("$.stages[*].count");
    }

    @Test
    void cohortReachedCountsSkippedStagesByEachJourneysOwnPipelineVersion() throws Exception {
        DocumentContext funnel = JsonPath.parse(oslo.get("/api/metrics/funnel?" + MAY
                + "&pipeline=enterprise&stages=NEW,CONTACTED,DISCOVERY,DEMO,TRIAL,CONTRACT,WON"));

        // j1, j2 and j4 (j3 has no opportunity, j5 started in April). TRIAL: j1 entered it, j2 skipped
        // it on version 1, and version 2 (j4) has none. A win reaches CONTRACT.
        assertThat(funnel.read("$.stages[*].count", List.class)).containsExactly(3, 3, 3, 3, 2, 3, 2);
        assertThat(funnel.read("$.stages[*].conversionFromPrevious", List.class))
                .containsExactly(null, 1.0, 1.0, 1.0, 0.6667, 1.5, 0.6667);
        assertThat(funnel.read("$.mode", String.class)).isEqualTo("cohort");
        assertThat(funnel.read("$.match", String.class)).isEqualTo("reached");
        assertThat(funnel.read("$.definitions[*].version", List.class)).containsExactly(1, 2);
        assertThat(funnel.read("$.missingDefinitions", List.class)).isEmpty();
    }

    @Test
    void strictCountsOnlyJourneysThatEnteredEveryListedStageInOrder() throws Exception {
        String stages = "&pipeline=enterprise&stages=DISCOVERY,DEMO,CONTRACT,WON";

        // j1 won from TRIAL without entering CONTRACT; j2 was lost; j4's backward move changes nothing.
        assertThat(countsOf("/api/metrics/funnel?" + MAY + stages + "&match=strict"))
                .containsExactly(3, 3, 2, 1);
        assertThat(countsOf("/api/metrics/funnel?" + MAY + stages)).containsExactly(3, 3, 3, 2);
    }

    @Test
    void stageEntryCountsTheFirstArrivalsDuringTheRange() throws Exception {
        String query = "/api/metrics/funnel?from=2026-05-08&to=2026-05-10&mode=stage-entry"
                + "&stages=DISCOVERY,DEMO,TRIAL,CONTRACT,WON";

        // The 8th: j1 and j2 (the correction) first enter DEMO; j4 only returns to DISCOVERY. The 9th:
        // j2 enters CONTRACT, which on version 1 is its first arrival past TRIAL; j4 returns to DEMO.
        assertThat(countsOf(query)).containsExactly(0, 2, 1, 1, 0);
        assertThat(countsOf(query + "&match=strict")).containsExactly(0, 2, 0, 0, 0);
    }

    @Test
    void groupsBySourceAndTheDefaultStagesFollowTheNewestVersion() throws Exception {
        DocumentContext bySource =
                JsonPath.parse(oslo.get("/api/metrics/funnel?" + MAY + "&groupBy=source&stages=NEW,CONTACTED,WON"));

        assertThat(bySource.read("$.stages[*].count", List.class)).containsExactly(4, 4, 2);
        assertThat(bySource.read("$.groups[*].value", List.class)).containsExactly("fair", "web");
        assertThat(bySource.read("$.groups[0].stages[*].count", List.class)).containsExactly(1, 1, 0);
        assertThat(bySource.read("$.groups[1].stages[*].count", List.class)).containsExactly(3, 3, 2);

        assertThat(JsonPath.parse(oslo.get("/api/metrics/funnel?pipeline=enterprise"))
                        .read("$.stages[*].stage", List.class))
                .containsExactly("NEW", "CONTACTED", "DISCOVERY", "DEMO", "CONTRACT", "WON");
        // Without a range every cohort counts, j5's April one too, and the lost deal's competitor slices it.
        assertThat(countsOf("/api/metrics/funnel?competitor=Initech&stages=NEW,DISCOVERY,CONTRACT"))
                .containsExactly(1, 1, 1);
    }

    @Test
    void everyAnswerThatAppliesPipelineDefinitionsStatesTheVersions() throws Exception {
        // The open deals: d5 on version 1. The forecast weights by its probabilities, stalled deals
        // judge by its rotten-after days.
        for (String kpi : List.of("forecast", "stalled")) {
            DocumentContext answer = JsonPath.parse(oslo.get("/api/metrics/" + kpi));
            assertThat(answer.read("$.definitions[*].pipelineId", List.class))
                    .as(kpi)
                    .containsExactly("enterprise");
            assertThat(answer.read("$.definitions[*].version", List.class))
                    .as(kpi)
                    .containsExactly(1);
        }
    }

    @Test
    void badFunnelQuestionsAreProblemsNamingTheMistake() throws Exception {
        for (String query : List.of(
                "/api/metrics/funnel?mode=sideways",
                "/api/metrics/funnel?match=loose",
                "/api/metrics/funnel?stages=NEW,NOPE",
                "/api/metrics/funnel?stages=NEW,,WON",
                "/api/metrics/funnel?stages=NEW,NEW",
                "/api/metrics/funnel?from=2026-06-01&to=2026-05-01",
                "/api/metrics/funnel?source=web&groupBy=industry")) {
            mvc.perform(get(query).with(ServiceTestSupport.caller("oslo", "manager-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    private static List<EventEnvelope> pipeline(int version, String... stages) {
        List<PipelineStage> defined = new ArrayList<>();
        for (String stage : stages) {
            defined.add(new PipelineStage(stage, 25, List.of()));
        }
        return envelopes(new PipelineDefined(
                OSLO, ENTERPRISE, Instant.parse("2026-04-01T00:00:00Z"), version, "Enterprise", defined, "DEMO", null));
    }

    private static OpportunityOpened opened(OpportunityId deal, LeadId lead, int day, int version, String source) {
        return new OpportunityOpened(
                OSLO, deal, may(day), lead, "DISCOVERY", AMOUNT, dims(source), null, ENTERPRISE, version, null);
    }

    private static Dimensions dims(String source) {
        return new Dimensions(source, "software", "EMEA", "rep-1", "team-1");
    }

    private static Instant may(int day) {
        return Instant.parse(String.format("2026-05-%02dT09:00:00Z", day));
    }

    private static List<EventEnvelope> envelopes(SalesEvent... events) {
        return SampleJourneys.envelopes(List.of(events));
    }
}
