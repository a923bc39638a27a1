package io.stageflow.metrics.outcomes;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Axon batch's opportunity events, written when the batch ends: deal states loaded once, facts
 * derived in sequence, the cells written, and only then the states (ADR 0005: a crash in between
 * replays the batch against the old states and the cells' positions drop what they already have).
 */
final class OutcomeBatch {
    private record Pending(OpportunityEvent event, long sequence, KafkaPosition position) {}

    private final List<Pending> events = new ArrayList<>();

    void add(OpportunityEvent event, long sequence, KafkaPosition position) {
        events.add(new Pending(event, sequence, position));
    }

    /** What the batch adds to the cells, and the deal states after it. */
    record Derived(List<Contribution> contributions, Collection<DealState> deals) {}

    void write(DealStateStore states, CellStore cells, TenantZones zones) {
        if (events.isEmpty()) {
            return;
        }
        Derived derived = derive(states, zones);
        cells.apply(derived.contributions());
        states.save(derived.deals());
    }

    /** Loads the batch's deal states as stored and applies the events to them, in sequence. */
    Derived derive(DealStateStore states, TenantZones zones) {
        Set<DealKey> keys = new LinkedHashSet<>();
        events.forEach(p -> keys.add(keyOf(p.event())));
        Map<DealKey, DealState> deals = states.load(keys);
        List<Contribution> contributions = new ArrayList<>();
        for (Pending pending : events) {
            DealState deal = deals.get(keyOf(pending.event()));
            // Redelivered, or replayed after the state was saved: its facts are in the cells already.
            if (pending.sequence() <= deal.sequence) {
                continue;
            }
            contributions.addAll(
                    OutcomeFacts.apply(deal, pending.event(), pending.position(), zones.zoneOf(deal.tenant)));
            deal.sequence = pending.sequence();
        }
        return new Derived(contributions, deals.values());
    }

    private static DealKey keyOf(OpportunityEvent event) {
        return new DealKey(event.tenantId().value(), event.opportunityId().value());
    }
}
