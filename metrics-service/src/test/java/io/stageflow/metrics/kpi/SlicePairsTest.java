package io.stageflow.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.metrics.cube.Grouping;
import io.stageflow.metrics.cube.Slice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pairs the cells keep, and which cells answer a filter with a group-by on another dimension. */
class SlicePairsTest {
    private static final Slice TEAM = Slice.of("team", "team-3");
    private static final Slice REP = Slice.of("rep", "rep-7");
    private static final Slice WEB = Slice.of("source", "web");
    private static final Slice RETAIL = Slice.of("industry", "retail");

    @Test
    void everyDimensionIsKeptWithinTheTeamAndTheRep() {
        assertThat(SlicePairs.withPairs(List.of(Slice.ALL, WEB, RETAIL, REP, TEAM)))
                .containsExactlyInAnyOrder(
                        Slice.ALL,
                        WEB,
                        RETAIL,
                        REP,
                        TEAM,
                        Slice.pair(REP, WEB),
                        Slice.pair(REP, RETAIL),
                        Slice.pair(TEAM, WEB),
                        Slice.pair(TEAM, RETAIL),
                        Slice.pair(TEAM, REP));
    }

    @Test
    void pairsAreDerivedAfreshFromTheSingleSlices() {
        List<Slice> before = SlicePairs.withPairs(List.of(Slice.ALL, WEB, REP, TEAM));
        List<Slice> reassigned = KpiDimensions.reassigned(before, "rep-9", "team-4");

        assertThat(SlicePairs.withPairs(reassigned))
                .containsExactlyInAnyOrder(
                        Slice.ALL,
                        WEB,
                        Slice.of("rep", "rep-9"),
                        Slice.of("team", "team-4"),
                        Slice.pair(Slice.of("rep", "rep-9"), WEB),
                        Slice.pair(Slice.of("team", "team-4"), WEB),
                        Slice.pair(Slice.of("team", "team-4"), Slice.of("rep", "rep-9")));
    }

    @Test
    void aTeamGroupedByAnotherDimensionReadsTheTeamsPairsByScope() {
        assertThat(SlicePairs.grouping(TEAM, "source")).isEqualTo(new Grouping("team/source", "team-3", null, false));
        assertThat(SlicePairs.grouping(TEAM, "rep")).isEqualTo(new Grouping("team/rep", "team-3", null, false));
        assertThat(SlicePairs.grouping(REP, "industry")).isEqualTo(new Grouping("rep/industry", "rep-7", null, false));
    }

    @Test
    void aDimensionGroupedByTeamOrRepReadsThePairsByValueAndNamesGroupsByScope() {
        assertThat(SlicePairs.grouping(WEB, "team")).isEqualTo(new Grouping("team/source", null, "web", true));
        assertThat(SlicePairs.grouping(REP, "team")).isEqualTo(new Grouping("team/rep", null, "rep-7", true));
    }

    @Test
    void aFilterOnTwoDimensionsIsOnePairsCell() {
        assertThat(SlicePairs.both(WEB, TEAM)).isEqualTo(Slice.pair(TEAM, WEB));
        assertThat(SlicePairs.both(REP, TEAM)).isEqualTo(Slice.pair(TEAM, REP));
        assertThat(SlicePairs.grouping(WEB, TEAM, "team"))
                .isEqualTo(new Grouping("team/source", "team-3", "web", true));
    }

    @Test
    void combinationsWithoutTeamOrRepAreRefusedSayingWhatIsKept() {
        assertThatThrownBy(() -> SlicePairs.grouping(WEB, "industry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paired with team or rep");
        assertThatThrownBy(() -> SlicePairs.both(WEB, RETAIL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlicePairs.grouping(WEB, TEAM, "industry"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
