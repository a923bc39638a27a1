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
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Deal flow in June 2026 for tenant {@code tokyo} (days in Asia/Tokyo, UTC+9), worked out by hand.
 * Every deal follows pipeline {@code sales.eu}; version 1 is defined as S1 "Entdeckung", S2
 * "Angebot | v1.0", S3 "$Verhandlung", S4 "提案.最終" only after the deals were projected, version 2
 * never. Times are 03:00 UTC (noon in Tokyo) unless given.
 *
 * <pre>
 * a1 team-x rep-1 web  opened 20 May S1 100 EUR, close 30 Jun; 3 Jun S1→S2 (published twice);
 *                      5 Jun S2→S1; 10 Jun close date 31 Jul (slipped); 11 Jun 80 EUR
 * a2 team-x rep-1 web  opened 25 May S2 200 EUR; 4 Jun 250 EUR; 12 Jun won for 260 EUR
 * a3 team-y rep-2 fair opened 10 May S1 300 EUR; lost 28 May; reopened 8 Jun in S2;
 *                      15 Jun reassigned to team-x rep-1
 * a4 team-y rep-2 fair opened 2 Jun S1 400 EUR, close 15 Aug; 8 Jun close 15 Jul (pulled in);
 *                      9 Jun S1→S2; corrected S2→S3 as of 7 Jun; 20 Jun lost from S3
 * a5 team-y rep-2 web  version 2, opened 15 May S1 50 USD; 14 Jun S1→S2
 * a6 team-x rep-1 web  opened 31 May 16:00 UTC = 1 Jun in Tokyo, S1 600 EUR
 * a7 team-x rep-1 web  opened 30 Jun 15:30 UTC = 1 Jul in Tokyo, S1 700 EUR
 *
 * June: start a1 a2 a5 = 3 (300 EUR, 50 USD); new a4 a6 (1000 EUR); reopened a3 (300);
 * increased a2 (50); decreased a1 (20); won a2 (250, its pipeline amount); lost a4 (400);
 * end a1 a3 a5 a6 = 4 (980 EUR, 50 USD). Advanced a1 S1→S2, a4 S1→S2 and S2→S3 (900 EUR);
 * moved back a1 S2→S1 (100); unclassified a5 (50 USD, version 2 unknown); slipped a1 (100);
 * pulled in a4 (400).
 * </pre>
 */
class PipelineChangesApiTest extends MetricsServiceTest {
    private static final TenantId TOKYO = new TenantId("tokyo");
    private static final PipelineId SALES = new PipelineId("sales.eu");
    private static final String S1 = "Entdeckung";
    private static final String S2 = "Angebot | v1.0";
    private static final String S3 = "$Verhandlung";
    private static final String JUNE = "/api/metrics/pipeline-changes?from=2026-06-01&to=2026-07-01";
    private static final Map<String, Object> V1 = Map.of("pipelineId", "sales.eu", "version", 1);
    private static final Map<String, Object> V2 = Map.of("pipelineId", "sales.eu", "version", 2);

    private MetricsClient tokyo;
    /** June as answered before version 1's definition arrived. */
    private DocumentContext juneWithoutDefinitions;

    @BeforeAll
    void publishTheDeals() throws Exception {
        tokyo = new MetricsClient(mvc, TOKYO.value());
        List<EventEnvelope> a1 = deal(
                "a1",
                "2026-05-20T03:00:00Z",
                "team-x",
                "rep-1",
                "web",
                1,
                S1,
                "100 EUR",
                LocalDate.parse("2026-06-30"),
                (t, id) -> new OpportunityStageChanged(t, id, at("2026-06-03"), S1, S2),
                (t, id) -> new OpportunityStageChanged(t, id, at("2026-06-05"), S2, S1),
                (t, id) -> new OpportunityCloseDateChanged(
                        t, id, at("2026-06-10"), LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-31")),
                (t, id) -> new OpportunityAmountChanged(t, id, at("2026-06-11"), money("100 EUR"), money("80 EUR")));
        List<EventEnvelope> events = new ArrayList<>(a1);
        events.addAll(deal(
                "a2",
                "2026-05-25T03:00:00Z",
                "team-x",
                "rep-1",
                "web",
                1,
                S2,
                "200 EUR",
                null,
                (t, id) -> new OpportunityAmountChanged(t, id, at("2026-06-04"), money("200 EUR"), money("250 EUR")),
                (t, id) -> new OpportunityWon(t, id, at("2026-06-12"), S2, money("260 EUR"))));
        events.addAll(deal(
                "a3",
                "2026-05-10T03:00:00Z",
                "team-y",
                "rep-2",
                "fair",
                1,
                S1,
                "300 EUR",
                null,
                (t, id) -> new OpportunityLost(t, id, at("2026-05-28"), S1, "price", null),
                (t, id) -> new OpportunityReopened(t, id, at("2026-06-08"), S2),
                (t, id) -> new OpportunityReassigned(t, id, at("2026-06-15"), "rep-2", "team-y", "rep-1", "team-x")));
        events.addAll(deal(
                "a4",
                "2026-06-02T03:00:00Z",
                "team-y",
                "rep-2",
                "fair",
                1,
                S1,
                "400 EUR",
                LocalDate.parse("2026-08-15"),
                (t, id) -> new OpportunityCloseDateChanged(
                        t, id, at("2026-06-08"), LocalDate.parse("2026-08-15"), LocalDate.parse("2026-07-15")),
                (t, id) -> new OpportunityStageChanged(t, id, at("2026-06-09"), S1, S2),
                (t, id) -> new OpportunityStageCorrected(t, id, at("2026-06-07"), S2, S3, "skipped S2 in fact"),
                (t, id) -> new OpportunityLost(t, id, at("2026-06-20"), S3, "timing", "Initech")));
        events.addAll(deal(
                "a5",
                "2026-05-15T03:00:00Z",
                "team-y",
                "rep-2",
                "web",
                2,
                S1,
                "50 USD",
                null,
                (t, id) -> new OpportunityStageChanged(t, id, at("2026-06-14"), S1, S2)));
        events.addAll(deal("a6", "2026-05-31T16:00:00Z", "team-x", "rep-1", "web", 1, S1, "600 EUR", null));
        events.addAll(deal("a7", "2026-06-30T15:30:00Z", "team-x", "rep-1", "web", 1, S1, "700 EUR", null));
        TOPICS.publish(events);
        tokyo.awaitCaughtUp(Duration.ofSeconds(60));
        juneWithoutDefinitions = JsonPath.parse(tokyo.get(JUNE));

        // Redelivered: the same event (id and sequence) again, at a new offset.
        TOPICS.publish(List.of(a1.get(1)));
        TOPICS.publish(SampleJourneys.envelopes(List.of(new PipelineDefined(
                TOKYO,
                SALES,
                at("2026-01-05"),
                1,
                "Sales EU",
                List.of(
                        new PipelineStage(S1, 10, List.of()),
                        new PipelineStage(S2, 30, List.of()),
                        new PipelineStage(S3, 60, List.of()),
                        new PipelineStage("提案.最終", 80, List.of())),
                S2,
                null))));
        tokyo.awaitCaughtUp(Duration.ofSeconds(60));
    }

    @Test
    void juneIsAWaterfallFromTheOpenPipelineAtItsStartToTheOneAtItsEnd() throws Exception {
        DocumentContext june = JsonPath.parse(tokyo.get(JUNE));

        assertThat(tally(june, "$.start")).isEqualTo(tally(3, "EUR", 300, "USD", 50));
        assertThat(tally(june, "$.new")).isEqualTo(tally(2, "EUR", 1000));
        assertThat(tally(june, "$.reopened")).isEqualTo(tally(1, "EUR", 300));
        assertThat(tally(june, "$.increased")).isEqualTo(tally(1, "EUR", 50));
        assertThat(tally(june, "$.decreased")).isEqualTo(tally(1, "EUR", 20));
        assertThat(tally(june, "$.reassignedIn")).isEqualTo(tally(0));
        assertThat(tally(june, "$.reassignedOut")).isEqualTo(tally(0));
        assertThat(tally(june, "$.won")).isEqualTo(tally(1, "EUR", 250));
        assertThat(tally(june, "$.lost")).isEqualTo(tally(1, "EUR", 400));
        assertThat(tally(june, "$.end")).isEqualTo(tally(4, "EUR", 980, "USD", 50));
        assertReconciles(june.read("$"));
    }

    @Test
    void startAndEndAreThePipelineAsOfTheDaysBeforeFromAndTo() throws Exception {
        DocumentContext june = JsonPath.parse(tokyo.get(JUNE));
        DocumentContext endOfMay = JsonPath.parse(tokyo.get("/api/metrics/pipeline?asOf=2026-05-31"));
        DocumentContext endOfJune = JsonPath.parse(tokyo.get("/api/metrics/pipeline?asOf=2026-06-30"));

        assertThat((Integer) june.read("$.start.count")).isEqualTo(endOfMay.read("$.open"));
        assertThat((Integer) june.read("$.end.count")).isEqualTo(endOfJune.read("$.open"));
        assertThat(endOfJune.read("$.byStage[*].value.EUR", List.class)).containsExactlyInAnyOrder(680, 300);
    }

    @Test
    void movesAreClassifiedByTheDefinitionKnownWhenAsked() throws Exception {
        DocumentContext june = JsonPath.parse(tokyo.get(JUNE));

        // a1's S1→S2 was delivered twice and counts once.
        assertThat(tally(june, "$.advanced")).isEqualTo(tally(3, "EUR", 900));
        assertThat(tally(june, "$.movedBack")).isEqualTo(tally(1, "EUR", 100));
        assertThat(tally(june, "$.unclassified")).isEqualTo(tally(1, "USD", 50));
        assertThat(june.read("$.definitions", List.class)).containsExactly(V1);
        assertThat(june.read("$.missingDefinitions", List.class)).containsExactly(V2);
        // The same cells before version 1 was defined: nothing judged, nothing lost.
        assertThat(tally(juneWithoutDefinitions, "$.advanced")).isEqualTo(tally(0));
        assertThat(tally(juneWithoutDefinitions, "$.unclassified")).isEqualTo(tally(5, "EUR", 1000, "USD", 50));
        assertThat(juneWithoutDefinitions.read("$.missingDefinitions", List.class))
                .containsExactly(V1, V2);
    }

    @Test
    void closeDatesPushedLaterSlippedAndEarlierOnesWerePulledIn() throws Exception {
        DocumentContext june = JsonPath.parse(tokyo.get(JUNE));

        assertThat(tally(june, "$.slipped")).isEqualTo(tally(1, "EUR", 100));
        assertThat(tally(june, "$.pulledIn")).isEqualTo(tally(1, "EUR", 400));
    }

    @Test
    void byTeamTheReassignedDealLeavesOneWaterfallAndJoinsTheOther() throws Exception {
        DocumentContext byTeam = JsonPath.parse(tokyo.get(JUNE + "&groupBy=team"));

        assertThat(byTeam.read("$.groups[*].value", List.class)).containsExactly("team-x", "team-y");
        DocumentContext teamX = JsonPath.parse((Object) byTeam.read("$.groups[0]"));
        DocumentContext teamY = JsonPath.parse((Object) byTeam.read("$.groups[1]"));
        assertThat(tally(teamX, "$.start")).isEqualTo(tally(2, "EUR", 300));
        assertThat(tally(teamX, "$.new")).isEqualTo(tally(1, "EUR", 600));
        assertThat(tally(teamX, "$.reassignedIn")).isEqualTo(tally(1, "EUR", 300));
        assertThat(tally(teamX, "$.end")).isEqualTo(tally(3, "EUR", 980));
        assertThat(tally(teamY, "$.reopened")).isEqualTo(tally(1, "EUR", 300));
        assertThat(tally(teamY, "$.reassignedOut")).isEqualTo(tally(1, "EUR", 300));
        assertThat(tally(teamY, "$.end")).isEqualTo(tally(1, "USD", 50));
        assertThat(tally(teamY, "$.advanced")).isEqualTo(tally(2, "EUR", 800));
        assertThat(teamX.read("$.missingDefinitions", List.class)).isEmpty();
        assertThat(teamY.read("$.missingDefinitions", List.class)).containsExactly(V2);
        assertReconciles(teamX.read("$"));
        assertReconciles(teamY.read("$"));
    }

    @Test
    void aFilterAnswersLikeItsGroup() throws Exception {
        Map<String, Object> teamY =
                JsonPath.parse(tokyo.get(JUNE + "&team=team-y")).read("$");
        Map<String, Object> group =
                JsonPath.parse(tokyo.get(JUNE + "&groupBy=team")).read("$.groups[1]");

        group.remove("value");
        assertThat(teamY).isEqualTo(group);
        assertThat(JsonPath.parse(tokyo.get(JUNE + "&source=fair")).read("$.end", Map.class))
                .isEqualTo(tally(1, "EUR", 300));
    }

    @Test
    void everyRangeReconciles() throws Exception {
        for (String range : List.of(
                "from=2026-01-01&to=2027-01-01",
                "from=2026-06-08&to=2026-06-16",
                "from=2026-06-01&to=2026-06-01",
                "from=2026-06-30T15:00:00Z&to=2026-07-02")) {
            Map<String, Object> changes = JsonPath.parse(tokyo.get("/api/metrics/pipeline-changes?" + range))
                    .read("$");
            assertReconciles(changes);
        }
        DocumentContext year = JsonPath.parse(tokyo.get("/api/metrics/pipeline-changes?from=2026-01-01&to=2027-01-01"));
        assertThat(tally(year, "$.start")).isEqualTo(tally(0));
        assertThat(tally(year, "$.new")).isEqualTo(tally(7, "EUR", 2300, "USD", 50));
        assertThat(tally(year, "$.lost")).isEqualTo(tally(2, "EUR", 700));
    }

    @Test
    void questionsItCannotAnswerAreProblems() throws Exception {
        for (String query : List.of(
                "",
                "?from=2026-06-01",
                "?to=2026-07-01",
                "?from=&to=2026-07-01",
                "?from=2026-07-01&to=2026-06-01",
                "?from=2026-06-01&to=2026-07-01&groupBy=colour",
                "?from=2026-06-01&to=2026-07-01&grain=fortnight",
                "?from=2026-06-01&to=2026-07-01&industry=retail&source=web",
                "?from=2026-06-01&to=2026-07-01&source=web&groupBy=region",
                "?from=2026-06-01T00:00:00Z&to=2026-07-01",
                "?from=June&to=2026-07-01")) {
            mvc.perform(get("/api/metrics/pipeline-changes" + query)
                            .with(ServiceTestSupport.caller(TOKYO.value(), "manager-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    /** Counts, and each currency's value: start + what came in - what went out = end. */
    private static void assertReconciles(Map<String, Object> changes) {
        long count = count(changes, "start")
                + count(changes, "new")
                + count(changes, "reopened")
                + count(changes, "reassignedIn")
                - count(changes, "reassignedOut")
                - count(changes, "won")
                - count(changes, "lost");
        assertThat(count).as("count of %s", changes).isEqualTo(count(changes, "end"));
        TreeSet<String> currencies = new TreeSet<>();
        changes.values().stream()
                .filter(term -> term instanceof Map<?, ?> tally && tally.get("value") != null)
                .forEach(term -> currencies.addAll(value((Map<?, ?>) term).keySet()));
        for (String currency : currencies) {
            BigDecimal value = value(changes, "start", currency)
                    .add(value(changes, "new", currency))
                    .add(value(changes, "reopened", currency))
                    .add(value(changes, "increased", currency))
                    .subtract(value(changes, "decreased", currency))
                    .add(value(changes, "reassignedIn", currency))
                    .subtract(value(changes, "reassignedOut", currency))
                    .subtract(value(changes, "won", currency))
                    .subtract(value(changes, "lost", currency));
            assertThat(value).as("%s of %s", currency, changes).isEqualByComparingTo(value(changes, "end", currency));
        }
    }

    private static long count(Map<String, Object> changes, String term) {
        return ((Number) ((Map<?, ?>) changes.get(term)).get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(Map<?, ?> tally) {
        return (Map<String, Object>) tally.get("value");
    }

    private static BigDecimal value(Map<String, Object> changes, String term, String currency) {
        Object amount = value((Map<?, ?>) changes.get(term)).get(currency);
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
    }

    private static Map<String, Object> tally(DocumentContext json, String path) {
        return json.read(path);
    }

    /** A tally as JSON reads it: the count and currency, amount pairs. */
    private static Map<String, Object> tally(int count, Object... currencyAmounts) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i < currencyAmounts.length; i += 2) {
            value.put((String) currencyAmounts[i], currencyAmounts[i + 1]);
        }
        return Map.of("count", count, "value", value);
    }

    private interface Step {
        SalesEvent of(TenantId tenant, OpportunityId opportunity);
    }

    /** An opportunity opened at {@code openedAt} on version {@code version} of sales.eu, then {@code steps}. */
    private static List<EventEnvelope> deal(
            String id,
            String openedAt,
            String team,
            String rep,
            String source,
            int version,
            String stage,
            String amount,
            LocalDate closeDate,
            Step... steps) {
        OpportunityId opportunity = new OpportunityId(id);
        List<SalesEvent> events = new ArrayList<>();
        events.add(new OpportunityOpened(
                TOKYO,
                opportunity,
                Instant.parse(openedAt),
                null,
                stage,
                money(amount),
                new Dimensions(source, "retail", "APAC", rep, team),
                closeDate,
                SALES,
                version,
                null));
        for (Step step : steps) {
            events.add(step.of(TOKYO, opportunity));
        }
        return SampleJourneys.envelopes(events);
    }

    /** Noon in Tokyo on {@code day}. */
    private static Instant at(String day) {
        return Instant.parse(day + "T03:00:00Z");
    }

    private static Money money(String amountAndCurrency) {
        String[] parts = amountAndCurrency.split(" ");
        return new Money(new BigDecimal(parts[0]), parts[1]);
    }
}
