package io.stageflow.metrics.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.kit.test.TestDatabases;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer is bounded: too many groups, or groups times periods, is a 400 that says how to narrow it. */
class CellReaderLimitsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final DayRange MARCH = new DayRange(DAY, DAY.plusDays(30));

    private final CellStore store = new CellStore(TestDatabases.fresh("cells"), "cells");
    private final CellReader reader = new CellReader(store, 3, 12);

    /** One win for each of {@code reps} on each of {@code days} days, in the rep slice and the total. */
    private void wins(int reps, int days) {
        List<Contribution> contributions = new ArrayList<>();
        long offset = 0;
        for (int day = 0; day < days; day++) {
            for (int rep = 0; rep < reps; rep++) {
                for (Slice slice : List.of(Slice.ALL, Slice.of("rep", "rep-" + rep))) {
                    contributions.add(new Contribution(
                            new CellKey("acme", "closed", DAY.plusDays(day), slice),
                            new KafkaPosition("t", 0, offset++),
                            new Figures().count("won", 1)));
                }
            }
        }
        store.apply(contributions);
    }

    private Breakdown answer(Grain grain) {
        return reader.answer(new SliceQuery("acme", List.of("closed"), MARCH, Slice.ALL, Grouping.by("rep"), grain));
    }

    @Test
    void anAnswerWithinTheBoundsIsGiven() {
        wins(3, 2);
        assertThat(answer(Grain.DAY).groups()).hasSize(3);
    }

    @Test
    void moreGroupsThanAnAnswerHoldsIsRefused() {
        wins(4, 1);
        assertThatThrownBy(() -> answer(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("groupBy=rep has 4 values here, more than the 3");
    }

    @Test
    void groupsTimesPeriodsBeyondTheBoundIsRefusedAndACoarserGrainAnswers() {
        wins(3, 4);
        assertThatThrownBy(() -> answer(Grain.DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 sets of figures (3 groups and the total × 4 periods)")
                .hasMessageContaining("coarser grain");
        assertThat(answer(Grain.MONTH).periods()).hasSize(1);
    }
}
