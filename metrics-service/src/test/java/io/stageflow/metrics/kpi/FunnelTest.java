package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.metrics.cube.FigureNames;
import io.stageflow.metrics.cube.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funnel's modes and matches over journeys counted by path. */
class FunnelTest {
    private static final List<String> PIPELINE = List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE");
    private static final List<String> LISTED =
            List.of("NEW", "CONTACTED", "NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "WON");

    private static FunnelPath path(List<String> lead, List<String> deal, boolean won) {
        return new FunnelPath(deal.isEmpty() ? null : "p", deal.isEmpty() ? 0 : 1, lead, deal, won);
    }

    private static Funnel funnel(Figures figures, String mode, String match, List<String> pipelineStages) {
        return Funnel.of(
                figures,
                LISTED,
                FunnelRules.parse(mode, match),
                p -> new StageOrder(p.pipelineId() == null ? List.of() : pipelineStages));
    }

    private static List<Long> counts(Funnel funnel) {
        return funnel.stages().stream().map(FunnelStage::count).toList();
    }

    private static void journeys(Figures figures, long n, FunnelPath path) {
        figures.count(FigureNames.of(JourneyFacts.JOURNEY, path.encode()), n);
    }

    /** The entry figures of a journey: one per step, the path up to it. */
    private static void entries(Figures figures, long n, FunnelPath path) {
        for (int step = 1; step <= path.steps().size(); step++) {
            figures.count(FigureNames.of(JourneyFacts.ENTRY, path.upTo(step).encode()), n);
        }
    }

    @Test
    void cohortReachedCountsAStageSkippedOnTheWayAndAWinReachesEveryStage() {
        Figures figures = new Figures();
        journeys(figures, 400, path(List.of("NEW"), List.of(), false));
        journeys(figures, 300, path(List.of("NEW", "CONTACTED"), List.of(), false));
        // Converted straight from NEW, then skipped PROPOSAL.
        journeys(figures, 50, path(List.of("NEW"), List.of("NEEDS_ANALYSIS", "QUOTE"), false));
        // Won from NEEDS_ANALYSIS.
        journeys(figures, 10, path(List.of("NEW", "CONTACTED"), List.of("NEEDS_ANALYSIS"), true));

        Funnel funnel = funnel(figures, null, null, PIPELINE);

        assertThat(funnel.mode()).isEqualTo("cohort");
        assertThat(funnel.match()).isEqualTo("reached");
        assertThat(counts(funnel)).containsExactly(760L, 360L, 60L, 60L, 60L, 10L);
        assertThat(funnel.stages().get(1).conversionFromPrevious()).isEqualTo(0.4737);
        assertThat(funnel.definitions()).containsExactly(new PipelineRef("p", 1));
        assertThat(funnel.missingDefinitions()).isEmpty();
    }

    @Test
    void cohortStrictCountsOnlyJourneysThatEnteredEveryListedStageInOrder() {
        Figures figures = new Figures();
        journeys(figures, 50, path(List.of("NEW"), List.of("NEEDS_ANALYSIS", "QUOTE"), false));
        journeys(figures, 10, path(List.of("NEW", "CONTACTED"), List.of("NEEDS_ANALYSIS"), true));
        journeys(figures, 7, path(List.of("NEW", "CONTACTED"), List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE"), true));

        assertThat(counts(funnel(figures, "cohort", "strict", PIPELINE))).containsExactly(67L, 17L, 17L, 7L, 7L, 7L);
    }

    @Test
    void aBackwardMoveLeavesThePathOfFirstEntriesAsItWas() {
        // NEEDS_ANALYSIS -> PROPOSAL -> NEEDS_ANALYSIS -> PROPOSAL is, by first entries, the forward path.
        Figures figures = new Figures();
        journeys(figures, 1, path(List.of("NEW"), List.of("NEEDS_ANALYSIS", "PROPOSAL"), false));

        assertThat(counts(funnel(figures, null, "strict", PIPELINE))).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(counts(funnel(figures, null, "reached", PIPELINE))).containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
    }

    @Test
    void stageEntryCountsTheJourneysThatGotToEachStageDuringTheRange() {
        Figures figures = new Figures();
        // Two journeys entered QUOTE skipping PROPOSAL, one entered PROPOSAL then QUOTE.
        entries(figures, 2, path(List.of("NEW"), List.of("NEEDS_ANALYSIS", "QUOTE"), false));
        entries(figures, 1, path(List.of("NEW", "CONTACTED"), List.of("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE"), false));

        assertThat(counts(funnel(figures, "stage-entry", "reached", PIPELINE))).containsExactly(3L, 3L, 3L, 3L, 3L, 0L);
        assertThat(counts(funnel(figures, "stage-entry", "strict", PIPELINE))).containsExactly(3L, 1L, 1L, 1L, 1L, 0L);
        // The entry figures alone say nothing of the cohort.
        assertThat(counts(funnel(figures, "cohort", "reached", PIPELINE))).containsOnly(0L);
    }

    @Test
    void withoutTheVersionsDefinitionItsStagesCountOnlyWhereEnteredAndStillPastTheLeadStages() {
        Figures figures = new Figures();
        journeys(figures, 4, path(List.of("NEW"), List.of("NEEDS_ANALYSIS", "QUOTE"), true));

        Funnel funnel = funnel(figures, null, null, List.of());

        assertThat(counts(funnel)).containsExactly(4L, 4L, 4L, 0L, 4L, 4L);
        assertThat(funnel.definitions()).isEmpty();
        assertThat(funnel.missingDefinitions()).containsExactly(new PipelineRef("p", 1));
    }

    @Test
    void aPathWithAnyStageNamesRoundTrips() {
        FunnelPath path =
                new FunnelPath("sales.eu|1", 3, List.of("NEW", "a>b"), List.of("需求分析", "50% | done", "$x.y", ""), true);

        assertThat(FunnelPath.decode(path.encode())).isEqualTo(path);
        assertThat(FunnelPath.decode(path.upTo(3).encode()).steps())
                .extracting(FunnelPath.Step::stage)
                .containsExactly("NEW", "a>b", "需求分析");
        assertThat(FigureNames.partOf(JourneyFacts.JOURNEY, FigureNames.of(JourneyFacts.JOURNEY, path.encode())))
                .isEqualTo(path.encode());
    }
}
