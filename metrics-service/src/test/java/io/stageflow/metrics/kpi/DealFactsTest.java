package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Which cells each outcome event adds to, and what it adds. */
class DealFactsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000.00"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final KafkaPosition AT = new KafkaPosition("stageflow.opportunity-events.v1", 0, 42);

    private final DealState deal = new DealState(new AggregateKey("acme", "opp-1"), FactState.NOTHING_APPLIED);
    private final DealFacts facts = new DealFacts();

    private List<Contribution> apply(OpportunityEvent event) {
        return facts.apply(deal, event, AT, ZoneOffset.UTC);
    }

    private void opened() {
        assertThat(apply(new OpportunityOpened(ACME, DEAL, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS)))
                .allSatisfy(c -> assertThat(c.figures().counts())
                        .containsEntry("opened", 1L)
                        .containsEntry("openIn:NEEDS_ANALYSIS", 1L));
    }

    /** The contributions that carry {@code figure}: an event may also move the pipeline. */
    private static List<Contribution> with(String figure, List<Contribution> contributions) {
        return contributions.stream()
                .filter(c -> c.figures().count(figure) != 0)
                .toList();
    }

    /** What an event adds to the all-deals slice, over all the days it touches. */
    private static Figures all(List<Contribution> contributions) {
        Figures total = new Figures();
        contributions.stream().filter(c -> c.cell().slice().isAll()).forEach(c -> total.add(c.figures()));
        return total;
    }

    private static List<Slice> slices(List<Contribution> contributions) {
        return contributions.stream().map(c -> c.cell().slice()).toList();
    }

    @Test
    void aWinCountsOnceInEverySliceOfTheDealOnItsDay() {
        opened();

        List<Contribution> won =
                with("won", apply(new OpportunityWon(ACME, DEAL, T0.plusSeconds(86_400), "QUOTE", AMOUNT)));

        Slice pipeline = Slice.of("pipeline", PipelineId.defaultFor(ACME).value());
        Slice rep = Slice.of("rep", "rep-7");
        Slice team = Slice.of("team", "team-3");
        List<Slice> attributes = List.of(
                pipeline, Slice.of("source", "web"), Slice.of("industry", "retail"), Slice.of("region", "EMEA"));
        List<Slice> expected = new ArrayList<>(List.of(Slice.ALL, rep, team));
        expected.addAll(attributes);
        attributes.forEach(attribute -> expected.add(Slice.pair(team, attribute)));
        attributes.forEach(attribute -> expected.add(Slice.pair(rep, attribute)));
        expected.add(Slice.pair(team, rep));
        assertThat(slices(won)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(won).allSatisfy(c -> {
            assertThat(c.cell().day()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(c.cell().family()).isEqualTo("deals");
            assertThat(c.position()).isEqualTo(AT);
            assertThat(c.figures().count("won")).isEqualTo(1);
            assertThat(c.figures().count("wonIn:EUR")).isEqualTo(1);
            assertThat(c.figures().sum("wonAmount:EUR")).isEqualByComparingTo("5000");
        });
    }

    @Test
    void theDayIsTheTenantsDay() {
        opened();

        List<Contribution> won = with(
                "won",
                facts.apply(
                        deal,
                        new OpportunityWon(ACME, DEAL, Instant.parse("2026-03-01T23:30:00Z"), "QUOTE", AMOUNT),
                        AT,
                        ZoneId.of("Europe/Berlin")));

        assertThat(won.get(0).cell().day()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void anOutcomeCountsForWhoeverOwnsTheDealThen() {
        opened();
        List<Slice> moved =
                slices(apply(new OpportunityReassigned(ACME, DEAL, T0, "rep-7", "team-3", "rep-9", "team-4")));
        assertThat(moved)
                .contains(
                        Slice.of("rep", "rep-7"),
                        Slice.of("team", "team-3"),
                        Slice.of("rep", "rep-9"),
                        Slice.of("team", "team-4"),
                        Slice.pair(Slice.of("team", "team-3"), Slice.of("rep", "rep-7")),
                        Slice.pair(Slice.of("team", "team-4"), Slice.of("source", "web")))
                .doesNotContain(Slice.ALL, Slice.of("source", "web"))
                .allSatisfy(slice -> assertThat(slice.isPair() ? slice.scope() : slice.value())
                        .isIn("rep-7", "team-3", "rep-9", "team-4"));

        List<Slice> won = slices(with("won", apply(new OpportunityWon(ACME, DEAL, T0, "QUOTE", AMOUNT))));

        assertThat(won).contains(Slice.of("rep", "rep-9"), Slice.of("team", "team-4"));
        assertThat(won).doesNotContain(Slice.of("rep", "rep-7"), Slice.of("team", "team-3"));
    }

    @Test
    void aLossCountsByReasonStageAndCompetitorAndInTheCompetitorsSlice() {
        opened();

        List<Contribution> lost =
                with("lost", apply(new OpportunityLost(ACME, DEAL, T0, "PROPOSAL", "price", "Initech")));

        Slice initech = Slice.of("competitor", "Initech");
        assertThat(slices(lost))
                .contains(
                        Slice.ALL,
                        initech,
                        Slice.pair(Slice.of("team", "team-3"), initech),
                        Slice.pair(Slice.of("rep", "rep-7"), initech));
        assertThat(lost.get(0).figures().counts())
                .containsEntry("lost", 1L)
                .containsEntry("lostReason:price", 1L)
                .containsEntry("lostAtStage:PROPOSAL", 1L)
                .containsEntry("lostTo:Initech", 1L);
    }

    @Test
    void aReopenWithdrawsTheLossFromItsDayAndSlices() {
        opened();
        List<Contribution> lost =
                with("lost", apply(new OpportunityLost(ACME, DEAL, T0, "PROPOSAL", "price", "Initech")));
        apply(new OpportunityReassigned(ACME, DEAL, T0.plusSeconds(60), "rep-7", "team-3", "rep-9", "team-4"));

        List<Contribution> reopened =
                with("lost", apply(new OpportunityReopened(ACME, DEAL, T0.plusSeconds(7 * 86_400), "PROPOSAL")));

        assertThat(reopened).hasSameSizeAs(lost);
        for (int i = 0; i < lost.size(); i++) {
            assertThat(reopened.get(i).cell()).isEqualTo(lost.get(i).cell());
            assertThat(reopened.get(i).figures().counts())
                    .containsEntry("lost", -1L)
                    .containsEntry("lostReason:price", -1L)
                    .containsEntry("lostAtStage:PROPOSAL", -1L)
                    .containsEntry("lostTo:Initech", -1L);
        }
    }

    @Test
    void aQualifiedDealCountsOnceAsQualifiedAndItsOutcomeAsAQualifiedOne() {
        opened();
        assertThat(apply(new OpportunityQualified(ACME, DEAL, T0, PipelineId.defaultFor(ACME), 1, "PROPOSAL")))
                .allSatisfy(c -> assertThat(c.figures().counts()).containsExactly(Map.entry("qualified", 1L)));
        assertThat(apply(new OpportunityQualified(ACME, DEAL, T0, PipelineId.defaultFor(ACME), 1, "PROPOSAL")))
                .isEmpty();

        List<Contribution> lost = with("lost", apply(new OpportunityLost(ACME, DEAL, T0, "PROPOSAL", "price", null)));
        List<Contribution> reopened =
                with("lost", apply(new OpportunityReopened(ACME, DEAL, T0.plusSeconds(60), "PROPOSAL")));
        List<Contribution> won =
                with("won", apply(new OpportunityWon(ACME, DEAL, T0.plusSeconds(120), "PROPOSAL", AMOUNT)));

        assertThat(lost.get(0).figures().count("lostQualified")).isEqualTo(1);
        assertThat(reopened.get(0).figures().count("lostQualified")).isEqualTo(-1);
        assertThat(won.get(0).figures().count("wonQualified")).isEqualTo(1);
    }

    @Test
    void thePipelineFollowsMovesAmountsAndTheClose() {
        opened();

        Figures moved = all(apply(new OpportunityStageChanged(ACME, DEAL, T0, "NEEDS_ANALYSIS", "QUOTE")));
        Figures repriced = all(apply(
                new OpportunityAmountChanged(ACME, DEAL, T0, AMOUNT, new Money(new BigDecimal("7000.00"), "USD"))));
        Figures won = all(apply(new OpportunityWon(ACME, DEAL, T0, "QUOTE", AMOUNT)));

        assertThat(moved.counts()).containsEntry("openIn:NEEDS_ANALYSIS", -1L).containsEntry("openIn:QUOTE", 1L);
        assertThat(moved.sum("openValue:EUR:NEEDS_ANALYSIS")).isEqualByComparingTo("-5000");
        assertThat(moved.sum("openValue:EUR:QUOTE")).isEqualByComparingTo("5000");
        assertThat(repriced.sum("openValue:EUR:QUOTE")).isEqualByComparingTo("-5000");
        assertThat(repriced.sum("openValue:USD:QUOTE")).isEqualByComparingTo("7000");
        assertThat(won.count("openIn:QUOTE")).isEqualTo(-1);
        assertThat(won.sum("openValue:USD:QUOTE")).isEqualByComparingTo("-7000");
        assertThat(apply(new OpportunityAmountChanged(ACME, DEAL, T0, AMOUNT, AMOUNT)))
                .allSatisfy(c -> assertThat(c.figures().sums()).isEmpty());
    }

    @Test
    void aCorrectionBackDatedPastLaterMovesTakesThoseStaysBack() {
        List<Contribution> all = new ArrayList<>();
        all.addAll(apply(new OpportunityOpened(ACME, DEAL, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS)));
        all.addAll(apply(
                new OpportunityStageChanged(ACME, DEAL, T0.plus(Duration.ofDays(2)), "NEEDS_ANALYSIS", "PROPOSAL")));
        all.addAll(apply(new OpportunityStageChanged(ACME, DEAL, T0.plus(Duration.ofDays(4)), "PROPOSAL", "QUOTE")));
        // Recorded on the 6th: it really went to NEGOTIATION on the 2nd, one day after opening.
        all.addAll(apply(new OpportunityStageCorrected(
                ACME, DEAL, T0.plus(Duration.ofDays(1)), "QUOTE", "NEGOTIATION", "logged late")));

        // The pipeline as of each day: NEEDS_ANALYSIS on the 1st, NEGOTIATION from the 2nd, nothing else ever.
        for (int day = 0; day < 6; day++) {
            Figures asOf = new Figures();
            LocalDate end = LocalDate.of(2026, 3, 1).plusDays(day);
            all.stream()
                    .filter(c -> c.cell().slice().isAll() && !c.cell().day().isAfter(end))
                    .forEach(c -> asOf.add(c.figures()));
            assertThat(asOf.count("openIn:NEEDS_ANALYSIS")).as(end.toString()).isEqualTo(day == 0 ? 1 : 0);
            assertThat(asOf.count("openIn:NEGOTIATION")).as(end.toString()).isEqualTo(day == 0 ? 0 : 1);
            assertThat(asOf.count("openIn:PROPOSAL") + asOf.count("openIn:QUOTE"))
                    .as(end.toString())
                    .isZero();
        }
        Figures total = new Figures();
        all.stream().filter(c -> c.cell().slice().isAll()).forEach(c -> total.add(c.figures()));
        // One stay ended: a day in NEEDS_ANALYSIS. The PROPOSAL and QUOTE stays never were.
        assertThat(total.count("durN:in:NEEDS_ANALYSIS")).isEqualTo(1);
        assertThat(total.count("durMs:in:NEEDS_ANALYSIS")).isEqualTo(86_400_000L);
        assertThat(total.count("durN:in:PROPOSAL") + total.count("durMs:in:PROPOSAL"))
                .isZero();
        assertThat(total.count("inStage:NEGOTIATION")).isEqualTo(1);
        assertThat(total.count("inStage:QUOTE")
                        + total.count("inStage:PROPOSAL")
                        + total.count("inStage:NEEDS_ANALYSIS"))
                .isZero();
    }

    @Test
    void aStayInAStageAndTheCycleAreMeasuredWhenTheyEnd() {
        opened();
        Instant proposal = T0.plusSeconds(2 * 86_400);

        Figures moved = all(apply(new OpportunityStageChanged(ACME, DEAL, proposal, "NEEDS_ANALYSIS", "PROPOSAL")));
        Figures won = all(apply(new OpportunityWon(ACME, DEAL, proposal.plusSeconds(43_200), "PROPOSAL", AMOUNT)));

        assertThat(moved.counts())
                .containsEntry("durN:in:NEEDS_ANALYSIS", 1L)
                .containsEntry("durMs:in:NEEDS_ANALYSIS", 2 * 86_400_000L)
                .containsEntry("durAt:" + Durations.bucketOf(2.0) + "|in:NEEDS_ANALYSIS", 1L)
                .containsEntry("inStage:NEEDS_ANALYSIS", -1L)
                .containsEntry("inStage:PROPOSAL", 1L);
        assertThat(won.counts())
                .containsEntry("durMs:in:PROPOSAL", 43_200_000L)
                .containsEntry("durN:cycle", 1L)
                .containsEntry("durMs:cycle", 216_000_000L)
                .containsEntry("inStage:PROPOSAL", -1L);
    }

    @Test
    void aSlippedCloseDateMovesTheDealToItsNewForecastMonthAndACloseTeachesTheStagesOdds() {
        opened();
        String pipeline = PipelineId.defaultFor(ACME).value();

        Figures slipped =
                all(apply(new OpportunityCloseDateChanged(ACME, DEAL, T0, null, LocalDate.parse("2026-05-20"))));
        Figures won = all(apply(new OpportunityWon(ACME, DEAL, T0, "NEEDS_ANALYSIS", AMOUNT)));

        assertThat(slipped.sum(KpiFigures.forecast("none", "EUR", 1, pipeline, "NEEDS_ANALYSIS")))
                .isEqualByComparingTo("-5000");
        assertThat(slipped.sum(KpiFigures.forecast("2026-05", "EUR", 1, pipeline, "NEEDS_ANALYSIS")))
                .isEqualByComparingTo("5000");
        assertThat(won.sum(KpiFigures.forecast("2026-05", "EUR", 1, pipeline, "NEEDS_ANALYSIS")))
                .isEqualByComparingTo("-5000");
        assertThat(won.counts())
                .containsEntry("closedVia:NEEDS_ANALYSIS", 1L)
                .containsEntry("wonVia:NEEDS_ANALYSIS", 1L);
    }

    @Test
    void aReassignmentMovesTheOpenDealBetweenRepsAndTeams() {
        opened();

        List<Contribution> reassigned = with(
                "openIn:NEEDS_ANALYSIS",
                apply(new OpportunityReassigned(ACME, DEAL, T0, "rep-7", "team-3", "rep-9", "team-3")));

        // The rep's own slice and every pair within the rep, and the team's pair with the rep.
        List<Tuple> expected = new ArrayList<>();
        for (String rep : List.of("rep-7", "rep-9")) {
            long open = rep.equals("rep-7") ? -1 : 1;
            Slice owner = Slice.of("rep", rep);
            expected.add(tuple(owner, open));
            expected.add(tuple(Slice.pair(Slice.of("team", "team-3"), owner), open));
            for (Slice attribute : List.of(
                    Slice.of("pipeline", PipelineId.defaultFor(ACME).value()),
                    Slice.of("source", "web"),
                    Slice.of("industry", "retail"),
                    Slice.of("region", "EMEA"))) {
                expected.add(tuple(Slice.pair(owner, attribute), open));
            }
        }
        assertThat(reassigned)
                .extracting(c -> c.cell().slice(), c -> c.figures().count("openIn:NEEDS_ANALYSIS"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aDealWhoseOpeningWasNeverSeenStillCountsForTheTenant() {
        List<Contribution> won = apply(new OpportunityWon(ACME, DEAL, T0, "QUOTE", AMOUNT));

        assertThat(slices(won)).containsExactly(Slice.ALL);
    }
}
