package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.CellKey;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.FigureNames;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What journeys add to the funnel cells, whatever order their two topics arrive in. */
class JourneyFactsTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final OpportunityId DEAL = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(BigDecimal.TEN, "EUR");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final KafkaPosition AT = new KafkaPosition("t", 0, 1);

    private final JourneyState journey = new JourneyState(new AggregateKey("acme", "lead-1"), -1);
    /** Every contribution added up, as the cells would hold them. */
    private final Map<CellKey, Map<String, Long>> cells = new HashMap<>();

    private List<Contribution> apply(SalesEvent event) {
        List<Contribution> contributions = JourneyFacts.apply(journey, event, AT, BERLIN);
        contributions.forEach(
                c -> c.figures().counts().forEach((name, n) -> cells.computeIfAbsent(c.cell(), k -> new HashMap<>())
                        .merge(name, n, Long::sum)));
        cells.values().forEach(figures -> figures.values().removeIf(n -> n == 0));
        cells.values().removeIf(Map::isEmpty);
        return contributions;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static String journey(String path) {
        return FigureNames.of(JourneyFacts.JOURNEY, path);
    }

    private static String entry(String path) {
        return FigureNames.of(JourneyFacts.ENTRY, path);
    }

    private Map<String, Long> cell(String day, Slice slice) {
        return cells.getOrDefault(new CellKey("acme", KpiFigures.JOURNEYS, LocalDate.parse(day), slice), Map.of());
    }

    @Test
    void aLeadCountsOnceOnItsTenantLocalStartDayAndOnceForEachFirstEntry() {
        // 23:30 UTC on 31 March is already 1 April in Berlin.
        apply(new LeadCreated(ACME, LEAD, at("2026-03-31T23:30:00Z"), "NEW", DIMENSIONS, "fair", null));
        apply(new LeadStageChanged(ACME, LEAD, at("2026-04-03T09:00:00Z"), "NEW", "CONTACTED"));

        assertThat(cell("2026-04-01", Slice.ALL))
                .containsOnly(Map.entry(journey("||NEW>CONTACTED||"), 1L), Map.entry(entry("||NEW||"), 1L));
        assertThat(cell("2026-04-03", Slice.of("campaign", "fair")))
                .containsOnly(Map.entry(entry("||NEW>CONTACTED||"), 1L));
        assertThat(cells.keySet()).extracting(k -> k.slice().dimension()).contains("rep", "team", "source");
    }

    @Test
    void opportunityEventsBeforeTheirLeadCountNothingUntilTheLeadsStartIsKnown() {
        OpportunityOpened opened = new OpportunityOpened(
                ACME, DEAL, at("2026-04-05T10:00:00Z"), LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS);
        assertThat(apply(opened)).isEmpty();
        assertThat(apply(new OpportunityWon(ACME, DEAL, at("2026-04-09T10:00:00Z"), "NEEDS_ANALYSIS", AMOUNT)))
                .isEmpty();

        apply(new LeadCreated(ACME, LEAD, at("2026-04-01T10:00:00Z"), "NEW", DIMENSIONS));

        // The pipeline is the journey's, so its lead entries carry it too once the opportunity is known.
        assertThat(cell("2026-04-01", Slice.ALL))
                .containsOnly(
                        Map.entry(journey("default\u2024acme|1|NEW|NEEDS_ANALYSIS|W"), 1L),
                        Map.entry(entry("default\u2024acme|1|NEW||"), 1L));
        // The win day also measures the whole journey: from the lead's creation, eight days.
        assertThat(cell("2026-04-09", Slice.of("pipeline", "default.acme")))
                .containsEntry(entry("default\u2024acme|1|NEW|NEEDS_ANALYSIS|W"), 1L)
                .containsEntry("durN:journeyCycle", 1L)
                .containsEntry("durMs:journeyCycle", 8 * 86_400_000L);
    }

    @Test
    void aBackDatedCorrectionMovesTheJourneyToItsTruePath() {
        apply(new LeadCreated(ACME, LEAD, at("2026-04-01T10:00:00Z"), "NEW", DIMENSIONS));
        apply(new OpportunityOpened(
                ACME, DEAL, at("2026-04-02T10:00:00Z"), LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS));
        apply(new OpportunityStageChanged(ACME, DEAL, at("2026-04-10T10:00:00Z"), "NEEDS_ANALYSIS", "QUOTE"));
        String skipped = "default\u2024acme|1|NEW|NEEDS_ANALYSIS>QUOTE|";
        assertThat(cell("2026-04-01", Slice.ALL)).containsEntry(journey(skipped), 1L);

        apply(new OpportunityStageCorrected(
                ACME, DEAL, at("2026-04-06T10:00:00Z"), "NEEDS_ANALYSIS", "PROPOSAL", "missed"));

        String corrected = "default\u2024acme|1|NEW|NEEDS_ANALYSIS>PROPOSAL>QUOTE|";
        assertThat(cell("2026-04-01", Slice.ALL))
                .doesNotContainKey(journey(skipped))
                .containsEntry(journey(corrected), 1L);
        assertThat(cell("2026-04-06", Slice.ALL))
                .containsOnly(Map.entry(entry("default\u2024acme|1|NEW|NEEDS_ANALYSIS>PROPOSAL|"), 1L));
        // The entry into QUOTE is now the one after PROPOSAL.
        assertThat(cell("2026-04-10", Slice.ALL)).containsOnly(Map.entry(entry(corrected), 1L));
    }

    @Test
    void aBackwardMoveKeepsTheFirstEntriesAndAReassignmentMovesTheWholeJourney() {
        apply(new LeadCreated(ACME, LEAD, at("2026-04-01T10:00:00Z"), "NEW", DIMENSIONS));
        apply(new OpportunityOpened(
                ACME, DEAL, at("2026-04-02T10:00:00Z"), LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS));
        apply(new OpportunityStageChanged(ACME, DEAL, at("2026-04-03T10:00:00Z"), "NEEDS_ANALYSIS", "PROPOSAL"));
        List<Contribution> back = apply(
                new OpportunityStageChanged(ACME, DEAL, at("2026-04-04T10:00:00Z"), "PROPOSAL", "NEEDS_ANALYSIS"));
        assertThat(back).isEmpty();

        apply(new OpportunityReassigned(ACME, DEAL, at("2026-04-05T10:00:00Z"), "rep-7", "team-3", "rep-9", "team-4"));

        assertThat(cell("2026-04-01", Slice.of("rep", "rep-7"))).isEmpty();
        assertThat(cell("2026-04-03", Slice.of("rep", "rep-7"))).isEmpty();
        assertThat(cell("2026-04-01", Slice.of("rep", "rep-9")))
                .containsEntry(journey("default\u2024acme|1|NEW|NEEDS_ANALYSIS>PROPOSAL|"), 1L);
        assertThat(cell("2026-04-03", Slice.of("team", "team-4")))
                .containsOnly(Map.entry(entry("default\u2024acme|1|NEW|NEEDS_ANALYSIS>PROPOSAL|"), 1L));
    }

    @Test
    void aLossCountsForItsCompetitorUntilTheDealIsReopened() {
        apply(new LeadCreated(ACME, LEAD, at("2026-04-01T10:00:00Z"), "NEW", DIMENSIONS));
        apply(new OpportunityOpened(
                ACME, DEAL, at("2026-04-02T10:00:00Z"), LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS));
        apply(new OpportunityLost(ACME, DEAL, at("2026-04-03T10:00:00Z"), "NEEDS_ANALYSIS", "price", "Initech"));
        assertThat(cell("2026-04-01", Slice.of("competitor", "Initech"))).hasSize(2);

        apply(new OpportunityReopened(ACME, DEAL, at("2026-04-04T10:00:00Z"), "PROPOSAL"));

        assertThat(cell("2026-04-01", Slice.of("competitor", "Initech"))).isEmpty();
        assertThat(cell("2026-04-04", Slice.ALL))
                .containsOnly(Map.entry(entry("default\u2024acme|1|NEW|NEEDS_ANALYSIS>PROPOSAL|"), 1L));
    }

    @Test
    void theCellsAlwaysHoldExactlyTheFiguresOfTheJourneysCurrentState() {
        apply(new LeadCreated(ACME, LEAD, at("2026-04-01T10:00:00Z"), "NEW", DIMENSIONS));
        apply(new LeadStageChanged(ACME, LEAD, at("2026-04-02T10:00:00Z"), "NEW", "CONTACTED"));
        apply(new OpportunityOpened(
                ACME, DEAL, at("2026-04-03T10:00:00Z"), LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS));
        apply(new OpportunityReassigned(ACME, DEAL, at("2026-04-04T10:00:00Z"), "rep-7", "team-3", "rep-8", "team-3"));
        apply(new OpportunityWon(ACME, DEAL, at("2026-04-05T10:00:00Z"), "NEEDS_ANALYSIS", AMOUNT));

        assertThat(cells).isEqualTo(JourneyFacts.figures(journey, BERLIN));
    }
}
