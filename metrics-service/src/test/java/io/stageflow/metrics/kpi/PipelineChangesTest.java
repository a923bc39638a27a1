package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.query.DayRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The waterfall and the moves of deal flow, from facts added up as the cells would.
 *
 * <pre>
 * d1 rep-1 team-a v1: opened 10 May 100 EUR; 3 Jun 150 EUR; 4 Jun S1→S2; 10 Jun to rep-2 team-b; 20 Jun won
 * d2 rep-2 team-b v1: opened 5 Jun 200 USD; 8 Jun 180 EUR; 9 Jun S1→S3; 12 Jun S3→S2; 25 Jun lost
 * d3 rep-1 team-a v2: opened 1 May 300 EUR; lost 20 May; reopened 15 Jun in S2; 16 Jun S2→Archiv
 *    (not a stage of v2); 17 Jun to rep-2, still team-a
 * v1 = S1, S2, S3; v2 = S1, S2
 * </pre>
 */
class PipelineChangesTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final PipelineId SALES = new PipelineId("sales.eu");
    private static final LocalDate JUNE = LocalDate.parse("2026-06-01");
    private static final LocalDate JULY = LocalDate.parse("2026-07-01");
    private static final String S1 = "Entdeckung";
    private static final String S2 = "Angebot | v1.0";
    private static final String S3 = "$Verhandlung.最終";
    private static final PipelineRef V1 = new PipelineRef(SALES.value(), 1);
    private static final PipelineRef V2 = new PipelineRef(SALES.value(), 2);
    private static final Map<PipelineRef, PipelineDefinitions.Definition> DEFINED = Map.of(
            V1, definition(V1, S1, S2, S3),
            V2, definition(V2, S1, S2));

    private final SummedCells cells = new SummedCells();

    PipelineChangesTest() {
        OpportunityId d1 = new OpportunityId("d1");
        OpportunityId d2 = new OpportunityId("d2");
        OpportunityId d3 = new OpportunityId("d3");
        cells.apply(
                opened(d1, "2026-05-10", "rep-1", "team-a", 1, money("100", "EUR")),
                new OpportunityAmountChanged(ACME, d1, at("2026-06-03"), money("100", "EUR"), money("150", "EUR")),
                new OpportunityStageChanged(ACME, d1, at("2026-06-04"), S1, S2),
                new OpportunityReassigned(ACME, d1, at("2026-06-10"), "rep-1", "team-a", "rep-2", "team-b"),
                new OpportunityWon(ACME, d1, at("2026-06-20"), S2, money("160", "EUR")));
        cells.apply(
                opened(d2, "2026-06-05", "rep-2", "team-b", 1, money("200", "USD")),
                new OpportunityAmountChanged(ACME, d2, at("2026-06-08"), money("200", "USD"), money("180", "EUR")),
                new OpportunityStageChanged(ACME, d2, at("2026-06-09"), S1, S3),
                new OpportunityStageChanged(ACME, d2, at("2026-06-12"), S3, S2),
                new OpportunityLost(ACME, d2, at("2026-06-25"), S2, "price", "Initech"));
        cells.apply(
                opened(d3, "2026-05-01", "rep-1", "team-a", 2, money("300", "EUR")),
                new OpportunityLost(ACME, d3, at("2026-05-20"), S1, "timing", null),
                new OpportunityReopened(ACME, d3, at("2026-06-15"), S2),
                new OpportunityStageChanged(ACME, d3, at("2026-06-16"), S2, "Archiv"),
                new OpportunityReassigned(ACME, d3, at("2026-06-17"), "rep-1", "team-a", "rep-2", "team-a"));
    }

    @Test
    void juneStartsWithTheOpenPipelineAndEndsWithItsChanges() {
        PipelineChanges june = changes(Slice.ALL, JUNE, JULY, DEFINED);

        assertThat(june.start()).isEqualTo(tally(1, "EUR", "100"));
        assertThat(june.opened()).isEqualTo(tally(1, "USD", "200"));
        assertThat(june.reopened()).isEqualTo(tally(1, "EUR", "300"));
        assertThat(june.increased()).isEqualTo(tally(2, "EUR", "230"));
        assertThat(june.decreased()).isEqualTo(tally(1, "USD", "200"));
        assertThat(june.won())
                .as("the amount in the pipeline, not the won amount")
                .isEqualTo(tally(1, "EUR", "150"));
        assertThat(june.lost()).isEqualTo(tally(1, "EUR", "180"));
        assertThat(june.reassignedIn()).isEqualTo(Tally.NONE);
        assertThat(june.end()).isEqualTo(tally(1, "EUR", "300"));
        assertReconciles(june);
    }

    @Test
    void theWaterfallReconcilesInEverySliceOverAnyRange() {
        List<LocalDate[]> ranges = List.of(
                new LocalDate[] {JUNE, JULY},
                new LocalDate[] {LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-17")},
                new LocalDate[] {DayRange.FIRST_DAY, DayRange.LAST_DAY});
        for (Slice slice : cells.slices()) {
            for (LocalDate[] range : ranges) {
                assertReconciles(changes(slice, range[0], range[1], DEFINED));
            }
        }
    }

    @Test
    void aReassignmentMovesTheOpenDealBetweenTheTeamsWaterfalls() {
        PipelineChanges teamA = changes(Slice.of("team", "team-a"), JUNE, JULY, DEFINED);
        PipelineChanges teamB = changes(Slice.of("team", "team-b"), JUNE, JULY, DEFINED);

        assertThat(teamA.reassignedOut()).isEqualTo(tally(1, "EUR", "150"));
        assertThat(teamB.reassignedIn()).isEqualTo(tally(1, "EUR", "150"));
        assertThat(teamB.won()).isEqualTo(tally(1, "EUR", "150"));
        assertThat(teamA.end()).isEqualTo(tally(1, "EUR", "300"));
        assertThat(changes(Slice.of("rep", "rep-2"), JUNE, JULY, DEFINED).end()).isEqualTo(tally(1, "EUR", "300"));
    }

    @Test
    void movesAreJudgedByTheStageOrderOfTheVersionEachDealFollows() {
        PipelineChanges june = changes(Slice.ALL, JUNE, JULY, DEFINED);

        assertThat(june.advanced()).isEqualTo(tally(2, "EUR", "330"));
        assertThat(june.movedBack()).isEqualTo(tally(1, "EUR", "180"));
        assertThat(june.unclassified()).as("Archiv is not a stage of v2").isEqualTo(tally(1, "EUR", "300"));
        assertThat(june.definitions()).containsExactly(V1, V2);
        assertThat(june.missingDefinitions()).isEmpty();
    }

    @Test
    void movesOfAVersionNotDefinedYetAreUnclassifiedAndJudgedOnceItIs() {
        PipelineChanges before = changes(Slice.ALL, JUNE, JULY, Map.of(V2, DEFINED.get(V2)));
        PipelineChanges after = changes(Slice.ALL, JUNE, JULY, DEFINED);

        assertThat(before.unclassified()).isEqualTo(tally(4, "EUR", "810"));
        assertThat(before.advanced()).isEqualTo(Tally.NONE);
        assertThat(before.missingDefinitions()).containsExactly(V1);
        assertThat(before.definitions()).containsExactly(V2);
        assertThat(after.advanced().count()
                        + after.movedBack().count()
                        + after.unclassified().count())
                .isEqualTo(before.unclassified().count());
    }

    @Test
    void theVersionsToLookUpAreThoseTheRangesMovesFollowed() {
        assertThat(StageMoves.versionsIn(cells.sum(Slice.ALL, JUNE, JULY))).containsExactlyInAnyOrder(V1, V2);
        assertThat(StageMoves.versionsIn(cells.sum(Slice.ALL, DayRange.FIRST_DAY, JUNE)))
                .isEmpty();
    }

    private PipelineChanges changes(
            Slice slice, LocalDate from, LocalDate to, Map<PipelineRef, PipelineDefinitions.Definition> known) {
        return PipelineChanges.of(cells.sum(slice, DayRange.FIRST_DAY, from), cells.sum(slice, from, to), known);
    }

    /** Counts and each currency's value: start + what came in - what went out = end. */
    private static void assertReconciles(PipelineChanges changes) {
        Tally in = changes.start()
                .plus(changes.opened())
                .plus(changes.reopened())
                .plus(changes.increased())
                .plus(changes.reassignedIn());
        Tally out = changes.decreased()
                .plus(changes.reassignedOut())
                .plus(changes.won())
                .plus(changes.lost());
        long count = changes.start().count()
                + changes.opened().count()
                + changes.reopened().count()
                + changes.reassignedIn().count()
                - changes.reassignedOut().count()
                - changes.won().count()
                - changes.lost().count();
        assertThat(count).as("count of %s", changes).isEqualTo(changes.end().count());
        TreeSet<String> currencies = new TreeSet<>(in.value().keySet());
        currencies.addAll(out.value().keySet());
        currencies.addAll(changes.end().value().keySet());
        for (String currency : currencies) {
            BigDecimal value = in.value()
                    .getOrDefault(currency, BigDecimal.ZERO)
                    .subtract(out.value().getOrDefault(currency, BigDecimal.ZERO));
            assertThat(value)
                    .as("%s of %s", currency, changes)
                    .isEqualByComparingTo(changes.end().value().getOrDefault(currency, BigDecimal.ZERO));
        }
    }

    private static OpportunityOpened opened(
            OpportunityId id, String day, String rep, String team, int version, Money amount) {
        return new OpportunityOpened(
                ACME,
                id,
                at(day),
                null,
                S1,
                amount,
                new Dimensions("web", "retail", "EMEA", rep, team),
                null,
                SALES,
                version,
                null);
    }

    private static PipelineDefinitions.Definition definition(PipelineRef version, String... stages) {
        return new PipelineDefinitions.Definition(
                version.pipelineId(),
                version.version(),
                List.of(stages).stream()
                        .map(name -> new PipelineDefinitions.Stage(name, 50))
                        .toList(),
                null);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    private static Tally tally(long count, String currency, String value) {
        return new Tally(count, Map.of(currency, new BigDecimal(value)));
    }
}
