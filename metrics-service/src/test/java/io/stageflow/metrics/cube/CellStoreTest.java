package io.stageflow.metrics.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import io.stageflow.kit.test.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Cells on the shared MongoDB: every event counted once, however batches are replayed. */
class CellStoreTest {
    private static final String LEADS = "stageflow.lead-events.v1";
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final CellKey ALL_ON_MONDAY = new CellKey("acme", "closed", MONDAY, Slice.ALL);

    private final CellStore store = new CellStore(TestDatabases.fresh("cells"), "cells");

    private static Contribution won(CellKey cell, int partition, long offset, String amount) {
        return new Contribution(
                cell,
                new KafkaPosition(LEADS, partition, offset),
                new Figures().count("won", 1).sum("wonAmount", new BigDecimal(amount)));
    }

    private static List<Contribution> wins(CellKey cell, int partition, long fromOffset, long toOffset) {
        return LongStream.rangeClosed(fromOffset, toOffset)
                .mapToObj(offset -> won(cell, partition, offset, "10.5"))
                .toList();
    }

    private Figures figuresOf(CellKey cell) {
        List<Cell> cells = store.read(
                cell.tenant(),
                List.of(cell.family()),
                cell.slice().dimension(),
                cell.slice().scope(),
                cell.slice().value(),
                cell.day(),
                cell.day().plusDays(1));
        assertThat(cells).hasSize(1);
        return cells.get(0).figures();
    }

    @Test
    void aBatchAppliedTwiceCountsOnce() {
        assertThat(store.apply(wins(ALL_ON_MONDAY, 0, 1, 3))).isEqualTo(1);
        assertThat(store.apply(wins(ALL_ON_MONDAY, 0, 1, 3))).isZero();

        assertThat(figuresOf(ALL_ON_MONDAY))
                .isEqualTo(new Figures().count("won", 3).sum("wonAmount", new BigDecimal("31.5")));
    }

    @Test
    void anEventRetriedFromTheDeadLetterQueueCountsBehindItsPartitionsPositionOnce() {
        store.apply(wins(ALL_ON_MONDAY, 0, 1, 10));

        // Offset 4 was parked; the partition moved on to 10. Positions alone would drop it.
        assertThat(store.apply(wins(ALL_ON_MONDAY, 0, 4, 4))).isZero();
        assertThat(store.applyRetried(wins(ALL_ON_MONDAY, 0, 4, 4))).isEqualTo(1);
        // Retried again, as after a crash before the fact states were saved: its mark stops it.
        assertThat(store.applyRetried(wins(ALL_ON_MONDAY, 0, 4, 4))).isZero();

        assertThat(figuresOf(ALL_ON_MONDAY).count("won")).isEqualTo(11);
        store.apply(wins(ALL_ON_MONDAY, 0, 11, 11));
        assertThat(figuresOf(ALL_ON_MONDAY).count("won"))
                .as("positions still move on")
                .isEqualTo(12);
    }

    @Test
    void aReplayCutDifferentlyAddsOnlyWhatIsNew() {
        store.apply(wins(ALL_ON_MONDAY, 0, 1, 10));
        store.apply(wins(ALL_ON_MONDAY, 0, 5, 15));

        assertThat(figuresOf(ALL_ON_MONDAY).count("won")).isEqualTo(15);
    }

    @Test
    void partitionsKeepPositionsOfTheirOwn() {
        store.apply(wins(ALL_ON_MONDAY, 0, 100, 101));
        store.apply(wins(ALL_ON_MONDAY, 1, 1, 2));
        store.apply(wins(ALL_ON_MONDAY, 1, 1, 2));

        assertThat(figuresOf(ALL_ON_MONDAY).count("won")).isEqualTo(4);
    }

    @Test
    void aWriterThatLostTheRaceFailsInsteadOfCountingTwice() {
        store.apply(wins(ALL_ON_MONDAY, 0, 1, 1));
        var planned = store.plan(wins(ALL_ON_MONDAY, 0, 2, 3));
        store.apply(wins(ALL_ON_MONDAY, 0, 2, 3));

        assertThatThrownBy(() -> store.write(planned)).isInstanceOf(MongoBulkWriteException.class);
        assertThat(figuresOf(ALL_ON_MONDAY).count("won")).isEqualTo(3);
    }

    @Test
    void sumsAreExactDecimals() {
        store.apply(List.of(won(ALL_ON_MONDAY, 0, 1, "0.1"), won(ALL_ON_MONDAY, 0, 2, "0.2")));

        assertThat(figuresOf(ALL_ON_MONDAY).sum("wonAmount")).isEqualByComparingTo("0.3");
    }

    @Test
    void negativeContributionsWithdrawEarlierOnes() {
        store.apply(List.of(won(ALL_ON_MONDAY, 0, 1, "100")));
        store.apply(List.of(new Contribution(
                ALL_ON_MONDAY,
                new KafkaPosition(LEADS, 0, 2),
                new Figures().count("won", -1).sum("wonAmount", new BigDecimal("-100")))));

        assertThat(figuresOf(ALL_ON_MONDAY).count("won")).isZero();
        assertThat(figuresOf(ALL_ON_MONDAY).sum("wonAmount")).isEqualByComparingTo("0");
    }

    @Test
    void readsOneValueOrEveryValueOfADimensionOverHalfOpenDays() {
        List<Contribution> contributions = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            for (String team : List.of("team-3", "team-4")) {
                CellKey cell = new CellKey("acme", "closed", MONDAY.plusDays(day), Slice.of("teamId", team));
                contributions.add(won(cell, 0, day * 10L + team.length(), "1"));
            }
        }
        contributions.add(won(new CellKey("globex", "closed", MONDAY, Slice.of("teamId", "team-3")), 0, 99, "1"));
        store.apply(contributions);

        assertThat(store.read("acme", List.of("closed"), "teamId", null, "team-3", MONDAY, MONDAY.plusDays(2)))
                .extracting(cell -> cell.key().day())
                .containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(1));
        assertThat(store.read("acme", List.of("closed"), "teamId", null, null, MONDAY, MONDAY.plusDays(3)))
                .hasSize(6);
        assertThat(store.read("acme", List.of("closed"), "source", null, null, MONDAY, MONDAY.plusDays(3)))
                .isEmpty();
    }

    @Test
    void aPairsCellsAreReadByScopeAndByValue() {
        Slice team3 = Slice.of("team", "team-3");
        Slice team4 = Slice.of("team", "team-4");
        Slice web = Slice.of("source", "web");
        Slice event = Slice.of("source", "event");
        List<Contribution> contributions = new ArrayList<>();
        long offset = 0;
        for (Slice team : List.of(team3, team4)) {
            for (Slice source : List.of(web, event)) {
                contributions.add(
                        won(new CellKey("acme", "closed", MONDAY, Slice.pair(team, source)), 0, ++offset, "1"));
            }
        }
        store.apply(contributions);

        assertThat(store.read("acme", List.of("closed"), "team/source", "team-3", null, MONDAY, MONDAY.plusDays(1)))
                .extracting(cell -> cell.key().slice())
                .containsExactlyInAnyOrder(Slice.pair(team3, web), Slice.pair(team3, event));
        assertThat(store.read("acme", List.of("closed"), "team/source", null, "web", MONDAY, MONDAY.plusDays(1)))
                .extracting(cell -> cell.key().slice())
                .containsExactlyInAnyOrder(Slice.pair(team3, web), Slice.pair(team4, web));
        assertThat(store.read("acme", List.of("closed"), "team", null, null, MONDAY, MONDAY.plusDays(1)))
                .isEmpty();
    }

    @Test
    void aPairsScopeMayHoldTheSeparatorWithoutMeetingAnotherPair() {
        String separator = "\u001f";
        CellKey one = new CellKey(
                "acme", "closed", MONDAY, Slice.pair(Slice.of("team", "a" + separator + "b"), Slice.of("source", "c")));
        CellKey other = new CellKey(
                "acme", "closed", MONDAY, Slice.pair(Slice.of("team", "a"), Slice.of("source", "b" + separator + "c")));
        store.apply(List.of(won(one, 0, 1, "1"), won(other, 0, 2, "2")));

        assertThat(figuresOf(one).sum("wonAmount")).isEqualByComparingTo("1");
        assertThat(figuresOf(other).sum("wonAmount")).isEqualByComparingTo("2");
    }

    @Test
    void anyTextIsASliceValueAndStageNamesMakeFigureNames() {
        CellKey chinese = new CellKey("acme", "funnel", MONDAY, Slice.of("source", "展会 a.b $x"));
        String entered = FigureNames.of("entered", "方案.报价");
        store.apply(
                List.of(new Contribution(chinese, new KafkaPosition(LEADS, 0, 1), new Figures().count(entered, 1))));

        assertThat(figuresOf(chinese).count(entered)).isEqualTo(1);
        assertThat(figuresOf(chinese).counts()).containsOnlyKeys(entered);
    }

    @Test
    void figureNamesOfSeveralStageNamesSurviveTheStore() {
        List<String> move = List.of("default.acme", "1", "Angebot | v1.0", "$Verhandlung.最終");
        String moved = FigureNames.ofParts("move", move);
        store.apply(List.of(
                new Contribution(ALL_ON_MONDAY, new KafkaPosition(LEADS, 0, 1), new Figures().count(moved, 1))));

        assertThat(figuresOf(ALL_ON_MONDAY).counts()).containsOnlyKeys(moved);
        assertThat(FigureNames.partsOf("move", moved)).isEqualTo(move);
    }
}
