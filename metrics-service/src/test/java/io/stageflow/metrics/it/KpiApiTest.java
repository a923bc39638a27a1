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
import io.stageflow.events.Period;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.SampleJourneys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The cell-backed KPIs on deals and leads whose answers are worked out by hand below. Tenant
 * {@code berlin} counts days in Europe/Berlin.
 *
 * <pre>
 * d1 team-a rep-1 web   won  1000 EUR  Mon 6 Apr
 * d2 team-a rep-2 fair  won  3000 EUR  Tue 14 Apr
 * d3 team-b rep-3 web   lost price to Initech, Tue 7 Apr
 * d4 team-b rep-3 fair  lost timing 8 Apr, reopened 20 Apr, won 500 USD Mon 27 Apr
 * d5 team-a rep-1 web   won  4000 EUR  30 Apr 22:30 UTC = 1 May in Berlin
 * d6 team-b rep-3 web   reassigned to team-a rep-1 on 9 Apr, won 2000 EUR Fri 10 Apr
 * April: won d1 d2 d4 d6 = 4, lost d3 = 1 (d4's loss was withdrawn), win rate 0.8
 *
 * June: leads l1 (campaign spring) l2 l3 (spring) l4 created 2 June; l1 and l2 converted 3 June into
 * d7 and d8, both qualified 4 June; d7 won 10 June, d8 lost 11 June.
 *
 * d9 team-a rep-1 web   opened 1 July and still open, 10 EUR, expected to close two months from today
 * Quotas for April 2026: rep-1 4000 EUR; rep-2 2000 EUR, revised to 3000 EUR
 * The default pipeline, version 1, is rotten after 30 days.
 * April cycle (opening 1 April 08:00 to win): d1 5.0833, d2 13.0833, d4 26.0833, d6 9.0833 days
 * April stays in NEEDS_ANALYSIS: those four (d4's second stay, 20 to 27 April, 7.0) plus d3 6.0833
 * and d4's first 7.0833; d5's ended on 1 May in Berlin
 * </pre>
 */
class KpiApiTest extends MetricsServiceTest {
    private static final TenantId BERLIN = new TenantId("berlin");
    private static final String APRIL = "from=2026-04-01&to=2026-05-01";
    /** Relative to today, so that the forecast's "coming months" stay ahead whenever the test runs. */
    private static final LocalDate D9_CLOSE =
            LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(2);

    private MetricsClient berlin;

    @BeforeAll
    void publishTheDeals() throws Exception {
        berlin = new MetricsClient(mvc, BERLIN.value());
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(deal("d1", "team-a", "rep-1", "web", won("2026-04-06T10:00:00Z", "1000", "EUR")));
        events.addAll(deal("d2", "team-a", "rep-2", "fair", won("2026-04-14T10:00:00Z", "3000", "EUR")));
        events.addAll(deal("d3", "team-b", "rep-3", "web", lost("2026-04-07T10:00:00Z", "price", "Initech")));
        events.addAll(deal(
                "d4",
                "team-b",
                "rep-3",
                "fair",
                lost("2026-04-08T10:00:00Z", "timing", null),
                (tenant, id) -> new OpportunityReopened(tenant, id, at("2026-04-20T10:00:00Z"), "NEEDS_ANALYSIS"),
                won("2026-04-27T10:00:00Z", "500", "USD")));
        events.addAll(deal("d5", "team-a", "rep-1", "web", won("2026-04-30T22:30:00Z", "4000", "EUR")));
        events.addAll(deal(
                "d6",
                "team-b",
                "rep-3",
                "web",
                (tenant, id) -> new OpportunityReassigned(
                        tenant, id, at("2026-04-09T10:00:00Z"), "rep-3", "team-b", "rep-1", "team-a"),
                won("2026-04-10T10:00:00Z", "2000", "EUR")));
        events.addAll(convertedLead("l1", "spring", "d7", true));
        events.addAll(convertedLead("l2", null, "d8", false));
        events.addAll(SampleJourneys.envelopes(List.of(lead("l3", "spring"))));
        events.addAll(SampleJourneys.envelopes(List.of(lead("l4", null))));
        events.addAll(SampleJourneys.envelopes(List.of(new OpportunityOpened(
                BERLIN,
                new OpportunityId("d9"),
                at("2026-07-01T08:00:00Z"),
                null,
                "NEEDS_ANALYSIS",
                new Money(BigDecimal.TEN, "EUR"),
                new Dimensions("web", "retail", "EMEA", "rep-1", "team-a"),
                D9_CLOSE))));
        events.addAll(SampleJourneys.envelopes(List.of(new PipelineDefined(
                BERLIN,
                PipelineId.defaultFor(BERLIN),
                at("2026-03-01T08:00:00Z"),
                1,
                "Default",
                List.of(
                        new PipelineStage("NEEDS_ANALYSIS", 10, List.of()),
                        new PipelineStage("PROPOSAL", 30, List.of())),
                "PROPOSAL",
                30))));
        QuotaId rep2 = new QuotaId("rep.rep-2.2026-04");
        events.addAll(SampleJourneys.envelopes(List.of(new QuotaSet(
                BERLIN,
                new QuotaId("rep.rep-1.2026-04"),
                at("2026-03-20T08:00:00Z"),
                "REP",
                "rep-1",
                new Period("2026-04"),
                new Money(new BigDecimal("4000"), "EUR"),
                null))));
        events.addAll(SampleJourneys.envelopes(List.of(
                new QuotaSet(
                        BERLIN,
                        rep2,
                        at("2026-03-20T08:00:00Z"),
                        "REP",
                        "rep-2",
                        new Period("2026-04"),
                        new Money(new BigDecimal("2000"), "EUR"),
                        null),
                new QuotaSet(
                        BERLIN,
                        rep2,
                        at("2026-03-25T08:00:00Z"),
                        "REP",
                        "rep-2",
                        new Period("2026-04"),
                        new Money(new BigDecimal("3000"), "EUR"),
                        new Money(new BigDecimal("2000"), "EUR")))));
        TOPICS.publish(events);
        berlin.awaitCaughtUp(Duration.ofSeconds(60));
    }

    @Test
    void winRateOverTheRangesDays() throws Exception {
        assertThat(berlin.get("/api/metrics/win-rate?" + APRIL)).isEqualTo("{\"won\":4,\"lost\":1,\"winRate\":0.8}");
        assertThat(berlin.get("/api/metrics/win-rate?from=2026-05-01&to=2026-06-01"))
                .isEqualTo("{\"won\":1,\"lost\":0,\"winRate\":1.0}");
    }

    @Test
    void winRateByTeamCountsEachDealForItsOwnerAtTheTime() throws Exception {
        DocumentContext byTeam = JsonPath.parse(berlin.get("/api/metrics/win-rate?" + APRIL + "&groupBy=team"));

        assertThat(byTeam.read("$.groups[*].value", List.class)).containsExactly("team-a", "team-b");
        assertThat(byTeam.read("$.groups[0]", Map.class))
                .containsEntry("won", 3)
                .containsEntry("lost", 0)
                .containsEntry("winRate", 1.0);
        assertThat(byTeam.read("$.groups[1]", Map.class))
                .containsEntry("won", 1)
                .containsEntry("lost", 1)
                .containsEntry("winRate", 0.5);
        assertThat(berlin.get("/api/metrics/win-rate?" + APRIL + "&team=team-b"))
                .isEqualTo("{\"won\":1,\"lost\":1,\"winRate\":0.5}");
        assertThat(berlin.get("/api/metrics/win-rate?" + APRIL + "&rep=rep-1"))
                .isEqualTo("{\"won\":2,\"lost\":0,\"winRate\":1.0}");
    }

    @Test
    void winRateByWeekStartsWeeksOnMonday() throws Exception {
        DocumentContext weeks = JsonPath.parse(berlin.get("/api/metrics/win-rate?" + APRIL + "&grain=week"));

        // The weeks of 30 March (openings on 1 April) and 20 April (d4 reopened) have deal figures
        // but nothing closed.
        assertThat(weeks.read("$.periods[*].period", List.class))
                .containsExactly("2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27");
        assertThat(weeks.read("$.periods[*].won", List.class)).containsExactly(0, 2, 1, 0, 1);
        assertThat(weeks.read("$.periods[*].lost", List.class)).containsExactly(0, 1, 0, 0, 0);
    }

    @Test
    void lossAnalysisCountsStandingLossesByReasonStageAndCompetitor() throws Exception {
        DocumentContext losses = JsonPath.parse(berlin.get("/api/metrics/loss-analysis?" + APRIL));

        assertThat((Integer) losses.read("$.lost")).isEqualTo(1);
        assertThat(losses.read("$.byReason", Map.class)).containsExactly(Map.entry("price", 1));
        assertThat(losses.read("$.byStage", Map.class)).containsExactly(Map.entry("NEEDS_ANALYSIS", 1));
        assertThat(losses.read("$.byCompetitor", Map.class)).containsExactly(Map.entry("Initech", 1));
        DocumentContext byCompetitor =
                JsonPath.parse(berlin.get("/api/metrics/loss-analysis?" + APRIL + "&groupBy=competitor"));
        assertThat(byCompetitor.read("$.groups[*].value", List.class)).containsExactly("Initech");
    }

    @Test
    void dealSizeIsPerCurrency() throws Exception {
        DocumentContext size = JsonPath.parse(berlin.get("/api/metrics/deal-size?" + APRIL));

        assertThat((Integer) size.read("$.won")).isEqualTo(4);
        assertThat(size.read("$.byCurrency[*].currency", List.class)).containsExactly("EUR", "USD");
        assertThat(size.read("$.byCurrency[0]", Map.class))
                .containsEntry("won", 3)
                .containsEntry("amount", 6000)
                .containsEntry("average", 2000.0);
        assertThat(size.read("$.byCurrency[1]", Map.class))
                .containsEntry("won", 1)
                .containsEntry("amount", 500)
                .containsEntry("average", 500.0);
    }

    @Test
    void conversionFollowsLeadsToQualifiedOpportunitiesAndWins() throws Exception {
        DocumentContext june = JsonPath.parse(berlin.get("/api/metrics/conversion?from=2026-06-01&to=2026-07-01"));

        assertThat(june.read("$", Map.class))
                .containsEntry("leads", 4)
                .containsEntry("converted", 2)
                .containsEntry("opportunities", 2)
                .containsEntry("qualified", 2)
                .containsEntry("won", 1)
                .containsEntry("wonQualified", 1)
                .containsEntry("lostQualified", 1)
                .containsEntry("leadToOpportunity", 0.5)
                .containsEntry("opportunityToQualified", 1.0)
                .containsEntry("leadToQualified", 0.5)
                .containsEntry("qualifiedWinRate", 0.5)
                .containsEntry("qualifiedPerWin", 2.0);
        DocumentContext spring =
                JsonPath.parse(berlin.get("/api/metrics/conversion?from=2026-06-01&to=2026-07-01&campaign=spring"));
        assertThat(spring.read("$", Map.class))
                .containsEntry("leads", 2)
                .containsEntry("converted", 1)
                .containsEntry("leadToOpportunity", 0.5)
                .containsEntry("opportunityToQualified", null);
    }

    @Test
    void thePipelineAsOfADayCountsTheDealsOpenAtItsEnd() throws Exception {
        assertThat(berlin.get("/api/metrics/pipeline?asOf=2026-04-01"))
                .isEqualTo(
                        "{\"open\":6,\"byStage\":[{\"stage\":\"NEEDS_ANALYSIS\",\"open\":6,\"value\":{\"EUR\":60}}]}");
        // 8 April: d1 won, d3 and d4 lost; d4 reopens on the 20th, when d2 and d6 are won.
        assertThat(JsonPath.parse(berlin.get("/api/metrics/pipeline?asOf=2026-04-08"))
                        .read("$.open", Integer.class))
                .isEqualTo(3);
        assertThat(JsonPath.parse(berlin.get("/api/metrics/pipeline?asOf=2026-04-20"))
                        .read("$.open", Integer.class))
                .isEqualTo(2);
        assertThat(berlin.get("/api/metrics/pipeline?asOf=2026-05-31")).isEqualTo("{\"open\":0,\"byStage\":[]}");
    }

    @Test
    void thePipelineByTeamFollowsReassignmentsDayByDay() throws Exception {
        DocumentContext before = JsonPath.parse(berlin.get("/api/metrics/pipeline?asOf=2026-04-08&groupBy=team"));
        DocumentContext after = JsonPath.parse(berlin.get("/api/metrics/pipeline?asOf=2026-04-09&groupBy=team"));

        assertThat(before.read("$.groups[*].open", List.class)).containsExactly(2, 1);
        assertThat(after.read("$.groups[?(@.value=='team-a')].open", List.class))
                .containsExactly(3);
        assertThat(after.read("$.groups[?(@.value=='team-b')].open", List.class))
                .containsExactly(0);
    }

    @Test
    void cycleTimeMeasuresOpeningToWinTimeInStageAndTheAgeOfOpenDeals() throws Exception {
        DocumentContext april = JsonPath.parse(berlin.get("/api/metrics/cycle-time?" + APRIL));

        assertThat((Integer) april.read("$.won")).isEqualTo(4);
        assertThat((Double) april.read("$.meanDays")).isEqualTo(13.3333);
        assertThat((Double) april.read("$.medianDays")).isBetween(9.0833 * 0.99, 13.0833 * 1.01);
        List<Map<String, Object>> stage = april.read("$.stages[?(@.stage=='NEEDS_ANALYSIS')]");
        Map<String, Object> analysis = stage.get(0);
        assertThat(analysis.get("meanDays")).isEqualTo(7.9028);
        assertThat(analysis.get("openNow")).isEqualTo(1);
        long age = ChronoUnit.DAYS.between(LocalDate.parse("2026-07-01"), LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(((Number) analysis.get("ageMeanDays")).doubleValue()).isEqualTo((double) age);
        assertThat(((Number) analysis.get("ageP90Days")).doubleValue()).isBetween(age * 0.99, age * 1.01);
    }

    @Test
    void repsAreRankedByWinsAndMeasuredAgainstTheirQuotaForThePeriod() throws Exception {
        DocumentContext april = JsonPath.parse(berlin.get("/api/metrics/reps?period=2026-04"));

        assertThat(april.read("$.entries[*].value", List.class)).containsExactly("rep-1", "rep-2", "rep-3");
        assertThat(april.read("$.entries[0]", Map.class))
                .containsEntry("won", 2)
                .containsEntry("wonAmount", Map.of("EUR", 3000))
                .containsEntry("quota", Map.of("EUR", 4000))
                .containsEntry("attainment", Map.of("EUR", 0.75))
                .containsEntry("cycleMeanDays", 7.0833);
        assertThat(april.read("$.entries[1].attainment", Map.class)).isEqualTo(Map.of("EUR", 1.0));
        assertThat(april.read("$.entries[2]", Map.class))
                .containsEntry("won", 1)
                .containsEntry("lost", 1)
                .containsEntry("winRate", 0.5)
                .containsEntry("quota", Map.of());
        assertThat(april.read("$", Map.class))
                .containsEntry("withQuota", 2)
                .containsEntry("atQuota", 1)
                .containsEntry("targetCompletionRate", 0.5);
    }

    @Test
    void velocityMultipliesTheOpenPipelineByWinRateAndDealSizeOverTheCycle() throws Exception {
        DocumentContext april = JsonPath.parse(berlin.get("/api/metrics/velocity?" + APRIL));

        // At the end of April only d5 is open (won on 1 May in Berlin): 1 × 0.8 × 2000 / 13.3333.
        assertThat(april.read("$", Map.class))
                .containsEntry("openOpportunities", 1)
                .containsEntry("winRate", 0.8)
                .containsEntry("cycleMeanDays", 13.3333);
        assertThat(april.read("$.byCurrency[0]", Map.class))
                .containsEntry("currency", "EUR")
                .containsEntry("averageDealSize", 2000.0)
                .containsEntry("perDay", 120.0);
        assertThat(april.read("$.byCurrency[1].perDay", Double.class)).isEqualTo(30.0);
    }

    @Test
    void aDealOpenLongerThanItsStagesP90AndItsRottenAfterDaysIsStalled() throws Exception {
        DocumentContext stalled = JsonPath.parse(berlin.get("/api/metrics/stalled"));

        assertThat((Integer) stalled.read("$.stalled")).isEqualTo(1);
        assertThat(stalled.read("$.deals[0]", Map.class))
                .containsEntry("opportunityId", "d9")
                .containsEntry("stage", "NEEDS_ANALYSIS")
                .containsEntry("rottenAfterDays", 30)
                .containsEntry("because", List.of("P90", "ROTTEN"));
        assertThat(JsonPath.parse(berlin.get("/api/metrics/stalled?team=team-b"))
                        .read("$.stalled", Integer.class))
                .isZero();
    }

    @Test
    void theForecastWeighsOpenDealsByStageProbabilityAndByTheTenantsOwnHistory() throws Exception {
        DocumentContext forecast = JsonPath.parse(berlin.get("/api/metrics/forecast"));

        // NEEDS_ANALYSIS: 8 deals closed after being in it (d1-d8), 6 of them won.
        assertThat(forecast.read("$.learnedProbability", Map.class)).containsEntry("NEEDS_ANALYSIS", 0.75);
        assertThat(forecast.read("$.months[*].month", List.class))
                .containsExactly(YearMonth.from(D9_CLOSE).toString());
        // d9: 10 EUR in NEEDS_ANALYSIS, 10 % by the default pipeline's definition, 75 % by history.
        assertThat(forecast.read("$.months[0].byCurrency[0]", Map.class))
                .containsEntry("currency", "EUR")
                .containsEntry("amount", 10.0)
                .containsEntry("weighted", 1.0)
                .containsEntry("learned", 7.5)
                .containsEntry("withoutStageProbability", 0.0);
    }

    @Test
    void questionsTheCellsCannotAnswerAreProblems() throws Exception {
        for (String query : List.of(
                "/api/metrics/win-rate?groupBy=colour",
                "/api/metrics/win-rate?industry=retail&source=web",
                "/api/metrics/win-rate?competitor=acme&groupBy=source",
                "/api/metrics/win-rate?team=team-a&source=web&region=emea",
                "/api/metrics/win-rate?team=team-a&source=web&groupBy=region",
                "/api/metrics/reps?period=2026-04&source=web",
                "/api/metrics/win-rate?from=2026-04-01T10:00:00Z",
                "/api/metrics/deal-size?grain=fortnight",
                "/api/metrics/pipeline?from=2026-04-01",
                "/api/metrics/pipeline?asOf=soon",
                "/api/metrics/reps",
                "/api/metrics/stalled?limit=0",
                "/api/metrics/velocity?from=2026-04-01",
                "/api/metrics/reps?period=2026-04&by=region",
                "/api/metrics/reps?period=April",
                "/api/metrics/loss-analysis?from=2026-05-01&to=2026-04-01")) {
            mvc.perform(get(query).with(ServiceTestSupport.caller(BERLIN.value(), "manager-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    private interface Step {
        SalesEvent of(TenantId tenant, OpportunityId opportunity);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Step won(String at, String amount, String currency) {
        return (tenant, id) ->
                new OpportunityWon(tenant, id, at(at), "NEEDS_ANALYSIS", new Money(new BigDecimal(amount), currency));
    }

    private static Step lost(String at, String reason, String competitor) {
        return (tenant, id) -> new OpportunityLost(tenant, id, at(at), "NEEDS_ANALYSIS", reason, competitor);
    }

    private static LeadCreated lead(String id, String campaign) {
        return new LeadCreated(
                BERLIN,
                new LeadId(id),
                at("2026-06-02T08:00:00Z"),
                "NEW",
                new Dimensions("web", "retail", "EMEA", "rep-1", "team-a"),
                campaign,
                null);
    }

    /** Lead {@code id} converted into {@code deal}, qualified, then won or lost, on the June dates above. */
    private static List<EventEnvelope> convertedLead(String id, String campaign, String deal, boolean won) {
        LeadCreated created = lead(id, campaign);
        OpportunityId opportunity = new OpportunityId(deal);
        Money amount = new Money(new BigDecimal("100"), "EUR");
        List<EventEnvelope> events = new ArrayList<>(SampleJourneys.envelopes(List.of(
                created,
                new LeadConverted(
                        BERLIN,
                        created.leadId(),
                        at("2026-06-03T08:00:00Z"),
                        "NEW",
                        opportunity,
                        amount,
                        created.dimensions()))));
        events.addAll(SampleJourneys.envelopes(List.of(
                new OpportunityOpened(
                        BERLIN,
                        opportunity,
                        at("2026-06-03T08:00:00Z"),
                        created.leadId(),
                        "NEEDS_ANALYSIS",
                        amount,
                        created.dimensions()),
                new OpportunityQualified(
                        BERLIN, opportunity, at("2026-06-04T08:00:00Z"), PipelineId.defaultFor(BERLIN), 1, "PROPOSAL"),
                won
                        ? new OpportunityWon(BERLIN, opportunity, at("2026-06-10T08:00:00Z"), "PROPOSAL", amount)
                        : new OpportunityLost(
                                BERLIN, opportunity, at("2026-06-11T08:00:00Z"), "PROPOSAL", "price", null))));
        return events;
    }

    /** An opportunity opened on 1 April by {@code rep} of {@code team} from {@code source}, then {@code steps}. */
    private static List<EventEnvelope> deal(String id, String team, String rep, String source, Step... steps) {
        OpportunityId opportunity = new OpportunityId(id);
        List<SalesEvent> events = new ArrayList<>();
        events.add(new OpportunityOpened(
                BERLIN,
                opportunity,
                at("2026-04-01T08:00:00Z"),
                null,
                "NEEDS_ANALYSIS",
                new Money(BigDecimal.TEN, "EUR"),
                new Dimensions(source, "retail", "EMEA", rep, team)));
        for (Step step : steps) {
            events.add(step.of(BERLIN, opportunity));
        }
        return SampleJourneys.envelopes(events);
    }
}
