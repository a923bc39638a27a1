package io.stageflow.metrics.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cells each outcome event adds to, and what it adds. */
class OutcomeFactsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000.00"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final KafkaPosition AT = new KafkaPosition("stageflow.opportunity-events.v1", 0, 42);

    private final DealState deal = new DealState("acme", "opp-1", DealState.NOTHING_APPLIED);

    private List<Contribution> apply(OpportunityEvent event) {
        return OutcomeFacts.apply(deal, event, AT, ZoneOffset.UTC);
    }

    private void opened() {
        assertThat(apply(new OpportunityOpened(ACME, DEAL, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS)))
                .isEmpty();
    }

    private static List<Slice> slices(List<Contribution> contributions) {
        return contributions.stream().map(c -> c.cell().slice()).toList();
    }

    @Test
    void aWinCountsOnceInEverySliceOfTheDealOnItsDay() {
        opened();

        List<Contribution> won = apply(new OpportunityWon(ACME, DEAL, T0.plusSeconds(86_400), "QUOTE", AMOUNT));

        assertThat(slices(won))
                .containsExactly(
                        Slice.ALL,
                        Slice.of("pipeline", PipelineId.defaultFor(ACME).value()),
                        Slice.of("source", "web"),
                        Slice.of("industry", "retail"),
                        Slice.of("region", "EMEA"),
                        Slice.of("rep", "rep-7"),
                        Slice.of("team", "team-3"));
        assertThat(won).allSatisfy(c -> {
            assertThat(c.cell().day()).isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(c.cell().family()).isEqualTo("outcomes");
            assertThat(c.position()).isEqualTo(AT);
            assertThat(c.figures().count("won")).isEqualTo(1);
            assertThat(c.figures().count("wonIn:EUR")).isEqualTo(1);
            assertThat(c.figures().sum("wonAmount:EUR")).isEqualByComparingTo("5000");
        });
    }

    @Test
    void theDayIsTheTenantsDay() {
        opened();

        List<Contribution> won = OutcomeFacts.apply(
                deal,
                new OpportunityWon(ACME, DEAL, Instant.parse("2026-03-01T23:30:00Z"), "QUOTE", AMOUNT),
                AT,
                ZoneId.of("Europe/Berlin"));

        assertThat(won.get(0).cell().day()).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void anOutcomeCountsForWhoeverOwnsTheDealThen() {
        opened();
        assertThat(apply(new OpportunityReassigned(ACME, DEAL, T0, "rep-7", "team-3", "rep-9", "team-4")))
                .isEmpty();

        List<Slice> won = slices(apply(new OpportunityWon(ACME, DEAL, T0, "QUOTE", AMOUNT)));

        assertThat(won).contains(Slice.of("rep", "rep-9"), Slice.of("team", "team-4"));
        assertThat(won).doesNotContain(Slice.of("rep", "rep-7"), Slice.of("team", "team-3"));
    }

    @Test
    void aLossCountsByReasonStageAndCompetitorAndInTheCompetitorsSlice() {
        opened();

        List<Contribution> lost = apply(new OpportunityLost(ACME, DEAL, T0, "PROPOSAL", "price", "Initech"));

        assertThat(slices(lost)).contains(Slice.ALL, Slice.of("competitor", "Initech"));
        assertThat(lost.get(0).figures().counts())
                .containsEntry("lost", 1L)
                .containsEntry("lostReason:price", 1L)
                .containsEntry("lostAtStage:PROPOSAL", 1L)
                .containsEntry("lostTo:Initech", 1L);
    }

    @Test
    void aReopenWithdrawsTheLossFromItsDayAndSlices() {
        opened();
        List<Contribution> lost = apply(new OpportunityLost(ACME, DEAL, T0, "PROPOSAL", "price", "Initech"));
        apply(new OpportunityReassigned(ACME, DEAL, T0.plusSeconds(60), "rep-7", "team-3", "rep-9", "team-4"));

        List<Contribution> reopened =
                apply(new OpportunityReopened(ACME, DEAL, T0.plusSeconds(7 * 86_400), "PROPOSAL"));

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
    void aDealWhoseOpeningWasNeverSeenStillCountsForTheTenant() {
        List<Contribution> won = apply(new OpportunityWon(ACME, DEAL, T0, "QUOTE", AMOUNT));

        assertThat(slices(won)).containsExactly(Slice.ALL);
    }
}
