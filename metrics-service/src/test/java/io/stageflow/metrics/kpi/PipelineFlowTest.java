package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
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
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deal facts behind pipeline changes: waterfall terms, stage moves and close-date moves. */
class PipelineFlowTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Money EUR_5000 = money("5000", "EUR");
    private static final String OFFER = "Angebot | v1.0";
    private static final String NEGOTIATION = "$Verhandlung";
    private static final String FINAL = "提案.最終";

    private final SummedCells cells = new SummedCells();

    private Map<Slice, Figures> opened() {
        return cells.apply(new OpportunityOpened(
                ACME,
                DEAL,
                T0,
                null,
                OFFER,
                EUR_5000,
                new Dimensions("web", "retail", "EMEA", "rep-7", "team-3"),
                LocalDate.parse("2026-04-30"),
                new PipelineId("sales.eu"),
                2,
                null));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    private static Tally tally(Figures figures, String kind, String... key) {
        return Tally.byKey(figures, kind).getOrDefault(List.of(key), Tally.NONE);
    }

    private static Tally flow(Map<Slice, Figures> added, String term) {
        return tally(added.getOrDefault(Slice.ALL, new Figures()), KpiFigures.FLOW, term);
    }

    private static Tally of(long count, String currency, String value) {
        return new Tally(count, Map.of(currency, new BigDecimal(value)));
    }

    @Test
    void anOpeningIsNewAndACloseIsWonWithTheAmountItHadInThePipeline() {
        assertThat(flow(opened(), PipelineFlow.NEW)).isEqualTo(of(1, "EUR", "5000"));
        assertThat(flow(
                        cells.apply(new OpportunityAmountChanged(ACME, DEAL, T0, EUR_5000, money("7000", "EUR"))),
                        PipelineFlow.INCREASED))
                .isEqualTo(of(1, "EUR", "2000"));

        Map<Slice, Figures> won = cells.apply(new OpportunityWon(ACME, DEAL, T0, OFFER, money("6500", "EUR")));

        assertThat(flow(won, PipelineFlow.WON)).isEqualTo(of(1, "EUR", "7000"));
        assertThat(cells.apply(new OpportunityWon(ACME, DEAL, T0, OFFER, EUR_5000))
                        .get(Slice.ALL)
                        .counts())
                .noneSatisfy((name, count) -> assertThat(name).startsWith("flow"));
    }

    @Test
    void aLossLeavesThePipelineAndItsReopenEntersItAgain() {
        opened();

        assertThat(flow(cells.apply(new OpportunityLost(ACME, DEAL, T0, OFFER, "price", "Initech")), PipelineFlow.LOST))
                .isEqualTo(of(1, "EUR", "5000"));
        assertThat(flow(cells.apply(new OpportunityReopened(ACME, DEAL, T0, NEGOTIATION)), PipelineFlow.REOPENED))
                .isEqualTo(of(1, "EUR", "5000"));
    }

    @Test
    void aChangeOfCurrencyDecreasesTheOldOneAndIncreasesTheNewOne() {
        opened();

        Map<Slice, Figures> toDollars =
                cells.apply(new OpportunityAmountChanged(ACME, DEAL, T0, EUR_5000, money("7000", "USD")));
        Map<Slice, Figures> cheaper =
                cells.apply(new OpportunityAmountChanged(ACME, DEAL, T0, money("7000", "USD"), money("6000", "USD")));
        Map<Slice, Figures> same = cells.apply(
                new OpportunityAmountChanged(ACME, DEAL, T0, money("6000", "USD"), money("6000.00", "USD")));

        assertThat(flow(toDollars, PipelineFlow.DECREASED)).isEqualTo(of(1, "EUR", "5000"));
        assertThat(flow(toDollars, PipelineFlow.INCREASED)).isEqualTo(of(1, "USD", "7000"));
        assertThat(flow(cheaper, PipelineFlow.DECREASED)).isEqualTo(of(1, "USD", "1000"));
        assertThat(flow(cheaper, PipelineFlow.INCREASED)).isEqualTo(Tally.NONE);
        assertThat(Tally.byKey(same.get(Slice.ALL), KpiFigures.FLOW)).isEmpty();
    }

    @Test
    void aReassignmentMovesAnOpenDealOutOfTheOldRepsSliceIntoTheNewOnes() {
        opened();

        Map<Slice, Figures> reassigned =
                cells.apply(new OpportunityReassigned(ACME, DEAL, T0, "rep-7", "team-3", "rep-9", "team-3"));

        assertThat(tally(reassigned.get(Slice.of("rep", "rep-7")), KpiFigures.FLOW, PipelineFlow.REASSIGNED_OUT))
                .isEqualTo(of(1, "EUR", "5000"));
        assertThat(tally(reassigned.get(Slice.of("rep", "rep-9")), KpiFigures.FLOW, PipelineFlow.REASSIGNED_IN))
                .isEqualTo(of(1, "EUR", "5000"));
        Slice team = Slice.of("team", "team-3");
        assertThat(tally(
                        reassigned.get(Slice.pair(team, Slice.of("rep", "rep-9"))),
                        KpiFigures.FLOW,
                        PipelineFlow.REASSIGNED_IN))
                .isEqualTo(of(1, "EUR", "5000"));
        // The team's own slice and its pairs with other dimensions did not change hands.
        assertThat(reassigned.keySet())
                .doesNotContain(team, Slice.pair(team, Slice.of("source", "web")))
                .allSatisfy(
                        slice -> assertThat(slice.value() + " " + slice.scope()).contains("rep-"));

        cells.apply(new OpportunityLost(ACME, DEAL, T0, OFFER, "price", null));
        assertThat(cells.apply(new OpportunityReassigned(ACME, DEAL, T0, "rep-9", "team-3", "rep-1", "team-1")))
                .as("a closed deal is in no pipeline to move")
                .isEmpty();
    }

    @Test
    void stageMovesAndCorrectionsAreTalliedByVersionAndStagesOnTheDayTheyHappened() {
        opened();
        cells.apply(
                new OpportunityStageChanged(ACME, DEAL, T0.plusSeconds(2 * 86_400), OFFER, NEGOTIATION),
                new OpportunityStageCorrected(
                        ACME, DEAL, T0.plusSeconds(86_400), NEGOTIATION, FINAL, "entered in the wrong order"));

        Figures secondDay = cells.sum(Slice.ALL, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"));
        Figures thirdDay =
                cells.sum(Slice.of("team", "team-3"), LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-04"));

        assertThat(Tally.byKey(secondDay, KpiFigures.MOVE))
                .containsExactly(Map.entry(List.of("sales.eu", "2", NEGOTIATION, FINAL), of(1, "EUR", "5000")));
        assertThat(Tally.byKey(thirdDay, KpiFigures.MOVE))
                .containsExactly(Map.entry(List.of("sales.eu", "2", OFFER, NEGOTIATION), of(1, "EUR", "5000")));
    }

    @Test
    void aLaterCloseDateSlippedAnEarlierOnePulledInAndSettingOrClearingOneIsNeither() {
        opened();
        LocalDate april = LocalDate.parse("2026-04-30");
        LocalDate may = LocalDate.parse("2026-05-31");

        Figures slipped = cells.apply(new OpportunityCloseDateChanged(ACME, DEAL, T0, april, may))
                .get(Slice.ALL);
        Figures pulledIn = cells.apply(new OpportunityCloseDateChanged(ACME, DEAL, T0, may, april))
                .get(Slice.ALL);
        Figures cleared = cells.apply(new OpportunityCloseDateChanged(ACME, DEAL, T0, april, null))
                .get(Slice.ALL);
        Figures set = cells.apply(new OpportunityCloseDateChanged(ACME, DEAL, T0, null, may))
                .get(Slice.ALL);

        assertThat(Tally.byKey(slipped, KpiFigures.CLOSE_DATE))
                .containsExactly(Map.entry(List.of(PipelineFlow.SLIPPED), of(1, "EUR", "5000")));
        assertThat(Tally.byKey(pulledIn, KpiFigures.CLOSE_DATE))
                .containsExactly(Map.entry(List.of(PipelineFlow.PULLED_IN), of(1, "EUR", "5000")));
        assertThat(Tally.byKey(cleared, KpiFigures.CLOSE_DATE)).isEmpty();
        assertThat(Tally.byKey(set, KpiFigures.CLOSE_DATE)).isEmpty();
    }

    @Test
    void aMoveOfADealWhoseOpeningWasNeverSeenIsTalliedWithoutAPipeline() {
        Map<Slice, Figures> moved = cells.apply(new OpportunityStageChanged(ACME, DEAL, T0, OFFER, NEGOTIATION));

        assertThat(moved).containsOnlyKeys(Slice.ALL);
        assertThat(Tally.byKey(moved.get(Slice.ALL), KpiFigures.MOVE))
                .containsExactly(
                        Map.entry(List.of(PipelineFlow.NO_PIPELINE, "0", OFFER, NEGOTIATION), new Tally(1, Map.of())));
    }
}
