package io.stageflow.metrics.kpi;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deal facts added up per slice and day as the cells would add them (UTC days), without a store:
 * each deal's events applied in order to its own fact state.
 */
final class SummedCells {
    private static final KafkaPosition AT = new KafkaPosition("stageflow.opportunity-events.v1", 0, 1);

    private final DealFacts facts = new DealFacts();
    private final Map<OpportunityId, DealState> deals = new HashMap<>();
    private final Map<Slice, TreeMap<LocalDate, Figures>> cells = new HashMap<>();

    /** Applies the events and answers what they added to each slice, over all days. */
    Map<Slice, Figures> apply(OpportunityEvent... events) {
        Map<Slice, Figures> added = new HashMap<>();
        for (OpportunityEvent event : events) {
            DealState deal = deals.computeIfAbsent(
                    event.opportunityId(),
                    id -> new DealState(new AggregateKey("acme", id.value()), FactState.NOTHING_APPLIED));
            facts.apply(deal, event, AT, ZoneOffset.UTC).forEach(c -> {
                cells.computeIfAbsent(c.cell().slice(), s -> new TreeMap<>())
                        .computeIfAbsent(c.cell().day(), d -> new Figures())
                        .add(c.figures());
                added.computeIfAbsent(c.cell().slice(), s -> new Figures()).add(c.figures());
            });
        }
        return added;
    }

    /** The figures of {@code slice} on the days {@code [from, to)}. */
    Figures sum(Slice slice, LocalDate from, LocalDate to) {
        Figures total = new Figures();
        cells.getOrDefault(slice, new TreeMap<>()).subMap(from, to).values().forEach(total::add);
        return total;
    }

    /** Every slice any fact was counted in. */
    Set<Slice> slices() {
        return cells.keySet();
    }
}
