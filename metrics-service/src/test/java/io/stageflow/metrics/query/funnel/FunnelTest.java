package io.stageflow.metrics.query.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.metrics.projection.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelTest {
    private static final List<Stage> STAGES =
            List.of(Stage.NEW, Stage.CONTACTED, Stage.NEEDS_ANALYSIS, Stage.PROPOSAL, Stage.WON);

    @Test
    void countsEveryJourneyForEachStageItReachedOrPassed() {
        // furthest rank -> journeys: 400 stayed NEW, 300 CONTACTED, 150 NEEDS_ANALYSIS, 50 PROPOSAL, 100 WON
        Map<Integer, Long> byRank = Map.of(0, 400L, 1, 300L, 2, 150L, 3, 50L, 6, 100L);

        Funnel funnel = Funnel.of(byRank, STAGES);

        assertThat(funnel.stages())
                .containsExactly(
                        new FunnelStage("NEW", 1000, null),
                        new FunnelStage("CONTACTED", 600, 0.6),
                        new FunnelStage("NEEDS_ANALYSIS", 300, 0.5),
                        new FunnelStage("PROPOSAL", 150, 0.5),
                        new FunnelStage("WON", 100, 0.6667));
    }

    @Test
    void anEmptyCohortHasZeroCountsAndNoConversions() {
        Funnel funnel = Funnel.of(Map.of(), STAGES);

        assertThat(funnel.stages()).allSatisfy(stage -> {
            assertThat(stage.count()).isZero();
            assertThat(stage.conversionFromPrevious()).isNull();
        });
    }

    @Test
    void conversionAfterAnEmptyStageIsNullNotInfinity() {
        Funnel funnel = Funnel.of(Map.of(0, 5L), List.of(Stage.PROPOSAL, Stage.NEW));

        assertThat(funnel.stages())
                .containsExactly(new FunnelStage("PROPOSAL", 0, null), new FunnelStage("NEW", 5, null));
    }
}
