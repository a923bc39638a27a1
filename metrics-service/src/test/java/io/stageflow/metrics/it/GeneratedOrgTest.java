package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.support.GeneratedOrg;
import io.stageflow.metrics.support.MetricsClient;
import io.stageflow.metrics.support.OrgOracle;
import io.stageflow.metrics.support.OrgOracle.Range;
import io.stageflow.metrics.support.OrgOracle.Slice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every KPI of a generated sales org against {@link OrgOracle}, which computes them from the same
 * histories independently: 300 journeys over the first half of 2026 with skipped stages, backward
 * moves, back-dated corrections, reassignments, slipped close dates, losses, reopens and wins,
 * delivered interleaved across aggregates and topics, a tenth of the events twice. Tenant {@code
 * nyc} counts days in America/New_York (daylight saving time changes in March). Counts and sums
 * must match exactly; medians and p90s within the sketch's 1%.
 */
class GeneratedOrgTest extends MetricsServiceTest {
    private static final TenantId NYC = new TenantId("nyc");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Range Q2 = new Range(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01"));
    private static final Range H1 = new Range(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-01"));
    private static final List<String> TEAMS = List.of("team-a", "team-b", "team-c");

    private MetricsClient nyc;
    private OrgOracle oracle;

    @BeforeAll
    void publishTheOrg() throws Exception {
        GeneratedOrg org = GeneratedOrg.generate(NYC, ZONE, 20261122L, 300);
        oracle = new OrgOracle(org);
        nyc = new MetricsClient(mvc, NYC.value());
        TOPICS.publish(org.deliveries());
        // Minutes, not seconds: ingestion on the Mongo-wire stand-in is slow (issue 7), and the
        // events of every other class on the shared topics come first.
        nyc.awaitCaughtUp(Duration.ofMinutes(5));
    }

    private DocumentContext get(String path) throws Exception {
        return JsonPath.parse(nyc.get(path));
    }

    /** Each value's group of a {@code groupBy} answer; an absent group is one with no figures. */
    private static Map<String, Object> group(DocumentContext answer, String value) {
        List<Map<String, Object>> found = answer.read("$.groups[?(@.value=='" + value + "')]");
        return found.isEmpty() ? null : found.get(0);
    }

    private static Slice team(String value) {
        return new Slice("team", value);
    }

    @Test
    void theOrgIsNotTrivial() {
        // The oracle's own histories have every case the KPIs must handle.
        assertThat(oracle.deals).hasSizeGreaterThan(180);
        assertThat(oracle.wins(H1, Slice.ALL)).hasSizeGreaterThan(40);
        assertThat(oracle.losses(H1, Slice.ALL)).hasSizeGreaterThan(40);
        assertThat(oracle.openDealIds()).hasSizeGreaterThan(20);
    }

    @Test
    void winRateWholeByTeamByCompetitorAndByMonth() throws Exception {
        DocumentContext byTeam = get("/api/metrics/win-rate?" + Q2.query() + "&groupBy=team");
        assertWinRate(byTeam.read("$"), oracle.winRate(Q2, Slice.ALL));
        for (String team : TEAMS) {
            assertWinRate(group(byTeam, team), oracle.winRate(Q2, team(team)));
        }
        for (String competitor : GeneratedOrg.COMPETITORS) {
            assertWinRate(
                    get("/api/metrics/win-rate?" + H1.query() + "&competitor=" + competitor)
                            .read("$"),
                    oracle.winRate(H1, new Slice("competitor", competitor)));
        }
        DocumentContext months = get("/api/metrics/win-rate?" + H1.query() + "&source=web&grain=month");
        List<Map<String, Object>> periods = months.read("$.periods");
        for (Map<String, Object> period : periods) {
            LocalDate first = LocalDate.parse((String) period.get("period"));
            assertWinRate(period, oracle.winRate(new Range(first, first.plusMonths(1)), new Slice("source", "web")));
        }
        assertThat(periods).hasSizeGreaterThanOrEqualTo(6);
    }

    private static void assertWinRate(Map<String, Object> answer, OrgOracle.WinRate expected) {
        Map<String, Object> figures = answer == null ? Map.of("won", 0, "lost", 0) : answer;
        assertThat(((Number) figures.get("won")).longValue())
                .as("won %s", answer)
                .isEqualTo(expected.won());
        assertThat(((Number) figures.get("lost")).longValue())
                .as("lost %s", answer)
                .isEqualTo(expected.lost());
        assertThat(figures.get("winRate")).as("winRate %s", answer).isEqualTo(expected.winRate());
    }

    @Test
    void lossAnalysisBySource() throws Exception {
        DocumentContext bySource = get("/api/metrics/loss-analysis?" + Q2.query() + "&groupBy=source");
        assertLosses(bySource.read("$"), oracle.lossAnalysis(Q2, Slice.ALL));
        for (String source : GeneratedOrg.SOURCES) {
            assertLosses(group(bySource, source), oracle.lossAnalysis(Q2, new Slice("source", source)));
        }
    }

    private static void assertLosses(Map<String, Object> answer, OrgOracle.LossAnalysis expected) {
        assertThat(((Number) answer.get("lost")).longValue()).isEqualTo(expected.lost());
        assertThat(counts(answer.get("byReason"))).isEqualTo(expected.byReason());
        assertThat(counts(answer.get("byStage"))).isEqualTo(expected.byStage());
        assertThat(counts(answer.get("byCompetitor"))).isEqualTo(expected.byCompetitor());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Object map) {
        Map<String, Long> counts = new TreeMap<>();
        ((Map<String, Number>) map).forEach((k, v) -> counts.put(k, v.longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> money(Object map) {
        Map<String, BigDecimal> money = new TreeMap<>();
        if (map != null) {
            ((Map<String, Number>) map).forEach((k, v) -> money.put(k, new BigDecimal(v.toString())));
        }
        return money;
    }

    /** Equal maps of amounts, whatever their scale. */
    private static void assertMoney(Object answer, Map<String, BigDecimal> expected, String what) {
        Map<String, BigDecimal> actual = money(answer);
        assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
        expected.forEach((currency, amount) ->
                assertThat(actual.get(currency)).as(what + " " + currency).isEqualByComparingTo(amount));
    }

    @Test
    void dealSizeByRep() throws Exception {
        DocumentContext byRep = get("/api/metrics/deal-size?" + Q2.query() + "&groupBy=rep");
        List<String> reps = byRep.read("$.groups[*].value");
        assertThat(reps).isNotEmpty();
        assertDealSize(byRep.read("$"), oracle.dealSize(Q2, Slice.ALL));
        for (String rep : reps) {
            assertDealSize(group(byRep, rep), oracle.dealSize(Q2, new Slice("rep", rep)));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertDealSize(Map<String, Object> answer, OrgOracle.DealSize expected) {
        assertThat(((Number) answer.get("won")).longValue()).isEqualTo(expected.won());
        List<Map<String, Object>> currencies = (List<Map<String, Object>>) answer.get("byCurrency");
        assertThat(currencies)
                .extracting(c -> c.get("currency"))
                .containsExactlyElementsOf(expected.amount().keySet());
        for (Map<String, Object> currency : currencies) {
            String code = (String) currency.get("currency");
            assertThat(((Number) currency.get("won")).longValue())
                    .isEqualTo(expected.wonIn().get(code));
            assertThat(new BigDecimal(currency.get("amount").toString()))
                    .isEqualByComparingTo(expected.amount().get(code));
            assertThat(new BigDecimal(currency.get("average").toString())).isEqualByComparingTo(expected.average(code));
        }
    }

    @Test
    void conversionWholeBySourceAndByCampaign() throws Exception {
        for (Slice slice : List.of(Slice.ALL, new Slice("source", "fair"), new Slice("campaign", "spring"))) {
            Map<String, Object> answer =
                    get("/api/metrics/conversion?" + Q2.query() + slice.query()).read("$");
            OrgOracle.Conversion expected = oracle.conversion(Q2, slice);
            Map<String, Object> wanted = new TreeMap<>();
            wanted.put("leads", expected.leads());
            wanted.put("converted", expected.converted());
            wanted.put("opportunities", expected.opportunities());
            wanted.put("qualified", expected.qualified());
            wanted.put("won", expected.won());
            wanted.put("wonQualified", expected.wonQualified());
            wanted.put("lostQualified", expected.lostQualified());
            wanted.put("leadToOpportunity", expected.leadToOpportunity());
            wanted.put("opportunityToQualified", expected.opportunityToQualified());
            wanted.put("leadToQualified", expected.leadToQualified());
            wanted.put("qualifiedWinRate", expected.qualifiedWinRate());
            wanted.put("qualifiedPerWin", expected.qualifiedPerWin());
            Map<String, Object> actual = new TreeMap<>();
            answer.forEach((k, v) -> actual.put(k, v instanceof Integer i ? (Object) i.longValue() : v));
            assertThat(actual).as(slice.toString()).isEqualTo(wanted);
        }
    }

    @Test
    void funnelInBothModesAndMatchesBySourceAndTeam() throws Exception {
        List<String> stages = List.of("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION", "WON");
        DocumentContext cohort = get("/api/metrics/funnel?" + H1.query() + "&groupBy=source");
        assertThat(cohort.read("$.stages[*].stage", List.class)).isEqualTo(stages);
        assertThat(counts(cohort, "$.stages[*].count")).isEqualTo(oracle.funnel(stages, H1, Slice.ALL, false, false));
        for (String source : GeneratedOrg.SOURCES) {
            assertThat(counts(cohort, "$.groups[?(@.value=='" + source + "')].stages[*].count"))
                    .as(source)
                    .isEqualTo(oracle.funnel(stages, H1, new Slice("source", source), false, false));
        }
        List<String> listed = List.of("NEW", "CONTACTED", "PROPOSAL", "NEGOTIATION", "WON");
        String strict = "&stages=" + String.join(",", listed) + "&match=strict";
        assertThat(counts(get("/api/metrics/funnel?" + H1.query() + strict), "$.stages[*].count"))
                .isEqualTo(oracle.funnel(listed, H1, Slice.ALL, false, true));
        for (String team : TEAMS) {
            String entries = "/api/metrics/funnel?" + Q2.query() + "&mode=stage-entry&team=" + team;
            assertThat(counts(get(entries), "$.stages[*].count"))
                    .as(team)
                    .isEqualTo(oracle.funnel(stages, Q2, team(team), true, false));
            assertThat(counts(get(entries + strict), "$.stages[*].count"))
                    .as(team)
                    .isEqualTo(oracle.funnel(listed, Q2, team(team), true, true));
        }
    }

    private static List<Long> counts(DocumentContext answer, String path) {
        List<Number> counts = answer.read(path);
        return counts.stream().map(Number::longValue).toList();
    }

    @Test
    void cycleTimeStaysAndAgesByTeam() throws Exception {
        DocumentContext byTeam = get("/api/metrics/cycle-time?" + Q2.query() + "&groupBy=team");
        assertCycleTime(byTeam.read("$"), Slice.ALL);
        for (String team : TEAMS) {
            assertCycleTime(group(byTeam, team), team(team));
        }
        Map<String, List<Long>> ages = oracle.ages(LocalDate.now(ZONE));
        List<Map<String, Object>> stages = byTeam.read("$.stages");
        for (Map<String, Object> stage : stages) {
            List<Long> expected = ages.getOrDefault((String) stage.get("stage"), List.of());
            assertThat(((Number) stage.get("openNow")).longValue()).isEqualTo(expected.size());
            assertThat(stage.get("ageMeanDays")).isEqualTo(OrgOracle.mean(expected));
        }
        assertThat(stages).extracting(s -> s.get("stage")).containsAll(ages.keySet());
    }

    @SuppressWarnings("unchecked")
    private void assertCycleTime(Map<String, Object> answer, Slice slice) {
        List<Double> cycles = oracle.cycles(Q2, slice);
        assertThat(((Number) answer.get("won")).longValue()).as("won " + slice).isEqualTo(cycles.size());
        assertDurations(answer, cycles, "cycle " + slice);
        List<Double> journeys = oracle.journeyCycles(Q2, slice);
        Map<String, Object> journey = (Map<String, Object>) answer.get("journey");
        assertThat(((Number) journey.get("won")).longValue())
                .as("journeys " + slice)
                .isEqualTo(journeys.size());
        assertDurations(journey, journeys, "journey " + slice);
        Map<String, List<Double>> stays = oracle.stays(Q2, slice);
        for (Map<String, Object> stage : (List<Map<String, Object>>) answer.get("stages")) {
            String name = (String) stage.get("stage");
            assertDurations(stage, stays.getOrDefault(name, List.of()), name + " " + slice);
        }
    }

    /** The mean within rounding of exact, median and p90 within 1% of the true order statistics. */
    private static void assertDurations(Map<String, Object> answer, List<Double> sorted, String what) {
        if (sorted.isEmpty()) {
            assertThat(answer.get("meanDays")).as(what).isNull();
            return;
        }
        assertThat(((Number) answer.get("meanDays")).doubleValue())
                .as(what)
                .isCloseTo(OrgOracle.mean(sorted), within(1e-4));
        BiConsumer<String, Double> quantile = (field, q) -> {
            double rank = q * (sorted.size() - 1);
            double low = sorted.get((int) Math.floor(rank));
            double high = sorted.get((int) Math.ceil(rank));
            assertThat(((Number) answer.get(field)).doubleValue())
                    .as(what + " " + field)
                    .isBetween(low * 0.99 - 1e-4, high * 1.01 + 1e-4);
        };
        quantile.accept("medianDays", 0.5);
        quantile.accept("p90Days", 0.9);
    }

    @Test
    void pipelineAsOfPastDaysByTeam() throws Exception {
        for (String day : List.of("2026-02-15", "2026-03-08", "2026-04-30", "2026-06-30")) {
            LocalDate asOf = LocalDate.parse(day);
            DocumentContext byTeam = get("/api/metrics/pipeline?asOf=" + day + "&groupBy=team");
            assertPipeline(byTeam.read("$"), oracle.pipeline(asOf, Slice.ALL), day);
            for (String team : TEAMS) {
                assertPipeline(group(byTeam, team), oracle.pipeline(asOf, team(team)), day + " " + team);
            }
        }
        assertPipeline(get("/api/metrics/pipeline").read("$"), oracle.pipeline(LocalDate.now(ZONE), Slice.ALL), "now");
    }

    @SuppressWarnings("unchecked")
    private static void assertPipeline(Map<String, Object> answer, OrgOracle.Pipeline expected, String what) {
        assertThat(((Number) answer.get("open")).longValue()).as(what).isEqualTo(expected.open());
        Map<String, Long> count = new TreeMap<>();
        for (Map<String, Object> stage : (List<Map<String, Object>>) answer.get("byStage")) {
            String name = (String) stage.get("stage");
            count.put(name, ((Number) stage.get("open")).longValue());
            assertMoney(stage.get("value"), expected.value().get(name), what + " " + name);
        }
        assertThat(count).as(what).isEqualTo(expected.count());
    }

    @Test
    void pipelineChangesByTeamAndForOneRepByMonth() throws Exception {
        DocumentContext byTeam = get("/api/metrics/pipeline-changes?" + Q2.query() + "&groupBy=team");
        assertChanges(byTeam.read("$"), oracle.pipelineChanges(Q2, Slice.ALL), "all");
        for (String team : TEAMS) {
            assertChanges(group(byTeam, team), oracle.pipelineChanges(Q2, team(team)), team);
        }
        Slice rep = new Slice("rep", "rep-3");
        assertChanges(
                get("/api/metrics/pipeline-changes?" + Q2.query() + rep.query()).read("$"),
                oracle.pipelineChanges(Q2, rep),
                "rep-3");
        // By month: each month's waterfall starts where the month before ended.
        DocumentContext months = get("/api/metrics/pipeline-changes?" + Q2.query() + rep.query() + "&grain=month");
        List<Map<String, Object>> periods = months.read("$.periods");
        assertThat(periods).extracting(p -> p.get("period")).containsExactly("2026-04-01", "2026-05-01", "2026-06-01");
        for (Map<String, Object> period : periods) {
            LocalDate first = LocalDate.parse((String) period.get("period"));
            assertChanges(period, oracle.pipelineChanges(new Range(first, first.plusMonths(1)), rep), "rep-3 " + first);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertChanges(Map<String, Object> answer, Map<String, OrgOracle.Tally> expected, String what) {
        expected.forEach((term, tally) -> {
            Map<String, Object> actual = (Map<String, Object>) answer.get(term);
            assertThat(((Number) actual.get("count")).longValue())
                    .as(what + " " + term)
                    .isEqualTo(tally.count());
            assertMoney(actual.get("value"), tally.value(), what + " " + term);
        });
    }

    @Test
    void repLeaderboardForTheQuarter() throws Exception {
        DocumentContext board = get("/api/metrics/reps?period=2026-Q2");
        Map<String, OrgOracle.RepEntry> expected = oracle.reps(Q2);
        List<Map<String, Object>> entries = board.read("$.entries");
        assertThat(entries).extracting(e -> e.get("value")).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map<String, Object> entry : entries) {
            assertRepEntry(entry, expected.get((String) entry.get("value")));
        }
        List<Long> wins =
                entries.stream().map(e -> ((Number) e.get("won")).longValue()).toList();
        assertThat(wins).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long withQuota =
                expected.values().stream().filter(e -> !e.quota().isEmpty()).count();
        long atQuota = expected.values().stream()
                .filter(e -> e.attainment().values().stream().anyMatch(a -> a >= 1.0))
                .count();
        assertThat(((Number) board.read("$.withQuota")).longValue()).isEqualTo(withQuota);
        assertThat(((Number) board.read("$.atQuota")).longValue()).isEqualTo(atQuota);
        assertThat((Double) board.read("$.targetCompletionRate")).isEqualTo(OrgOracle.fraction(atQuota, withQuota));
    }

    private static void assertRepEntry(Map<String, Object> entry, OrgOracle.RepEntry rep) {
        String what = (String) entry.get("value");
        assertThat(((Number) entry.get("won")).longValue()).as(what).isEqualTo(rep.won());
        assertThat(((Number) entry.get("lost")).longValue()).as(what).isEqualTo(rep.lost());
        assertThat(entry.get("winRate")).as(what).isEqualTo(rep.winRate());
        assertMoney(entry.get("wonAmount"), rep.wonAmount(), what + " won");
        assertMoney(entry.get("quota"), rep.quota(), what + " quota");
        assertThat(entry.get("attainment")).as(what).isEqualTo(rep.attainment());
        if (rep.cycleMeanDays() == null) {
            assertThat(entry.get("cycleMeanDays")).as(what).isNull();
        } else {
            assertThat(((Number) entry.get("cycleMeanDays")).doubleValue())
                    .as(what)
                    .isCloseTo(rep.cycleMeanDays(), within(1e-4));
        }
    }

    /**
     * Two dimensions, one of them a team or a rep, from the pair cells: a manager's team grouped by
     * source and by rep (owners change by reassignment), the tenant by team for one competitor, two
     * filters, and a team's leaderboard.
     */
    @Test
    void aTeamOrARepWithAnyOtherDimension() throws Exception {
        for (String team : TEAMS) {
            DocumentContext bySource = get("/api/metrics/win-rate?" + H1.query() + "&team=" + team + "&groupBy=source");
            assertWinRate(bySource.read("$"), oracle.winRate(H1, team(team)));
            for (String source : GeneratedOrg.SOURCES) {
                assertWinRate(
                        group(bySource, source), oracle.winRate(H1, team(team).and("source", source)));
            }
            LocalDate asOf = LocalDate.parse("2026-04-30");
            DocumentContext byRep = get("/api/metrics/pipeline?asOf=" + asOf + "&team=" + team + "&groupBy=rep");
            assertPipeline(byRep.read("$"), oracle.pipeline(asOf, team(team)), team);
            List<String> reps = byRep.read("$.groups[*].value");
            assertThat(reps).isNotEmpty();
            for (String rep : reps) {
                assertPipeline(
                        group(byRep, rep), oracle.pipeline(asOf, team(team).and("rep", rep)), team + " " + rep);
            }
            DocumentContext changes =
                    get("/api/metrics/pipeline-changes?" + Q2.query() + "&team=" + team + "&groupBy=rep");
            for (String rep : changes.<List<String>>read("$.groups[*].value")) {
                assertChanges(
                        group(changes, rep),
                        oracle.pipelineChanges(Q2, team(team).and("rep", rep)),
                        team + " " + rep);
            }
            DocumentContext board = get("/api/metrics/reps?period=2026-Q2&team=" + team);
            List<Map<String, Object>> entries = board.read("$.entries");
            assertThat(entries)
                    .filteredOn(e -> ((Number) e.get("won")).longValue() + ((Number) e.get("lost")).longValue() > 0)
                    .extracting(e -> e.get("value"))
                    .containsExactlyInAnyOrderElementsOf(oracle.closers(Q2, team(team)));
            for (Map<String, Object> entry : entries) {
                assertRepEntry(entry, oracle.rep(Q2, team(team), (String) entry.get("value")));
            }
        }
        for (String competitor : GeneratedOrg.COMPETITORS) {
            DocumentContext byTeam =
                    get("/api/metrics/win-rate?" + H1.query() + "&competitor=" + competitor + "&groupBy=team");
            for (String team : TEAMS) {
                assertWinRate(group(byTeam, team), oracle.winRate(H1, team(team).and("competitor", competitor)));
            }
        }
        Slice teamOnWeb = team("team-a").and("source", "web");
        assertLosses(
                get("/api/metrics/loss-analysis?" + H1.query() + teamOnWeb.query())
                        .read("$"),
                oracle.lossAnalysis(H1, teamOnWeb));
        DocumentContext cycles = get("/api/metrics/cycle-time?" + Q2.query() + "&team=team-b&groupBy=source");
        for (String source : GeneratedOrg.SOURCES) {
            Map<String, Object> answer = group(cycles, source);
            if (answer != null) {
                assertCycleTime(answer, team("team-b").and("source", source));
            }
        }
        List<String> stages = List.of("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION", "WON");
        DocumentContext funnel = get("/api/metrics/funnel?" + H1.query() + "&rep=rep-3&groupBy=campaign");
        for (String campaign : List.of("spring", "summer")) {
            assertThat(counts(funnel, "$.groups[?(@.value=='" + campaign + "')].stages[*].count"))
                    .as(campaign)
                    .isEqualTo(oracle.funnel(
                            stages, H1, new Slice("rep", "rep-3").and("campaign", campaign), false, false));
        }
        Slice teamInSpring = team("team-c").and("campaign", "spring");
        Map<String, Object> conversion = get("/api/metrics/conversion?" + Q2.query() + teamInSpring.query())
                .read("$");
        OrgOracle.Conversion expected = oracle.conversion(Q2, teamInSpring);
        assertThat(((Number) conversion.get("leads")).longValue()).isEqualTo(expected.leads());
        assertThat(((Number) conversion.get("converted")).longValue()).isEqualTo(expected.converted());
        assertThat(conversion.get("leadToOpportunity")).isEqualTo(expected.leadToOpportunity());
    }

    @Test
    void velocityForecastAndStalledDeals() throws Exception {
        DocumentContext velocity = get("/api/metrics/velocity?" + Q2.query());
        Map<String, BigDecimal> perDay = new TreeMap<>();
        List<Map<String, Object>> currencies = velocity.read("$.byCurrency");
        currencies.forEach(c -> perDay.put(
                (String) c.get("currency"), new BigDecimal(c.get("perDay").toString())));
        assertMoney(perDay, oracle.velocity(Q2), "velocity");

        DocumentContext forecast = get("/api/metrics/forecast");
        assertThat(forecast.read("$.learnedProbability", Map.class)).isEqualTo(oracle.learnedProbability());
        Map<String, Map<String, BigDecimal[]>> months = oracle.forecast(LocalDate.now(ZONE));
        List<Map<String, Object>> answered = forecast.read("$.months");
        assertThat(answered).extracting(m -> m.get("month")).containsExactlyInAnyOrderElementsOf(months.keySet());
        for (Map<String, Object> month : answered) {
            Map<String, BigDecimal[]> expected = months.get((String) month.get("month"));
            List<Map<String, Object>> byCurrency =
                    forecast.read("$.months[?(@.month=='" + month.get("month") + "')].byCurrency[*]");
            List<String> seen = new ArrayList<>();
            for (Map<String, Object> currency : byCurrency) {
                String code = (String) currency.get("currency");
                seen.add(code);
                BigDecimal[] sums = expected.get(code);
                String what = month.get("month") + " " + code;
                assertThat(new BigDecimal(currency.get("amount").toString()))
                        .as(what)
                        .isEqualByComparingTo(sums[0]);
                assertThat(new BigDecimal(currency.get("weighted").toString()))
                        .as(what)
                        .isEqualByComparingTo(sums[1]);
                assertThat(new BigDecimal(currency.get("learned").toString()))
                        .as(what)
                        .isEqualByComparingTo(sums[2]);
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
        }

        // Every open deal has been in its stage far longer than the 45 rotten-after days.
        DocumentContext stalled = get("/api/metrics/stalled?limit=1000");
        assertThat(((Number) stalled.read("$.stalled")).longValue())
                .isEqualTo(oracle.openDealIds().size());
        assertThat(stalled.read("$.deals[*].opportunityId", List.class))
                .containsExactlyInAnyOrderElementsOf(oracle.openDealIds());
    }
}
