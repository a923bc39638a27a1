package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
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
 * One Axon batch's events of one aggregate kind: states loaded once, facts derived in sequence.
 * The caller writes the cells and only then {@link #save}s the states (ADR 0005: a crash in between
 * replays the batch against the old states and the cells' positions drop what they already have).
 */
final class FactBatch<E extends SalesEvent, S extends FactState> {
    private record Pending<E>(E event, long sequence, KafkaPosition position) {}

    private final AggregateFacts<E, S> facts;
    private final FactStateStore<S> store;
    private final List<Pending<E>> events = new ArrayList<>();
    private Collection<S> derived = List.of();

    FactBatch(AggregateFacts<E, S> facts, FactStateStore<S> store) {
        this.facts = facts;
        this.store = store;
    }

    void add(E event, long sequence, KafkaPosition position) {
        events.add(new Pending<>(event, sequence, position));
    }

    /** Loads the batch's states as stored and applies the events to them; answers the cells' share. */
    List<Contribution> derive(TenantZones zones) {
        if (events.isEmpty()) {
            return List.of();
        }
        Set<AggregateKey> keys = new LinkedHashSet<>();
        events.forEach(p -> keys.add(facts.keyOf(p.event())));
        Map<AggregateKey, S> states = store.load(keys);
        List<Contribution> contributions = new ArrayList<>();
        for (Pending<E> pending : events) {
            S state = states.get(facts.keyOf(pending.event()));
            // Redelivered, or replayed after the state was saved: its facts are in the cells already.
            if (pending.sequence() <= state.sequence) {
                continue;
            }
            contributions.addAll(facts.apply(state, pending.event(), pending.position(), zones.zoneOf(state.tenant())));
            state.sequence = pending.sequence();
        }
        derived = states.values();
        return contributions;
    }

    /** Saves the states {@link #derive} left; call after the cells are written. */
    void save() {
        store.save(derived);
    }
}
