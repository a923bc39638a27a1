package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Axon batch's events of one aggregate kind: stored states fetched once for the batch, each
 * event applied as it is handled, so an event that cannot be applied fails alone and is parked
 * (ADR 0008) with its aggregate's state left as it was before it. The caller writes the cells and
 * only then {@link #save}s the states (ADR 0005: a crash in between replays the batch against the
 * old states and the cells' positions drop what they already have).
 */
final class FactBatch<E extends SalesEvent, S extends FactState> {
    private record Applied<E>(E event, long sequence, KafkaPosition position) {}

    private final AggregateFacts<E, S> facts;
    private final FactStateStore<S> store;
    private final TenantZones zones;
    private final BatchStates<S> states;
    private final Map<AggregateKey, List<Applied<E>>> applied = new HashMap<>();

    FactBatch(AggregateFacts<E, S> facts, FactStateStore<S> store, TenantZones zones) {
        this.facts = facts;
        this.store = store;
        this.zones = zones;
        this.states = new BatchStates<>(store::documents, store::stateOf);
    }

    /** Fetches the stored states of these events' aggregates, in one query. */
    void prepare(Collection<E> events) {
        states.fetch(events.stream().map(facts::keyOf).toList());
    }

    /**
     * Applies the aggregate's next event to its state; answers the event's share of the cells, none
     * for an event applied before (redelivered, or replayed after the state was saved). If applying
     * fails, the state is as it was before the event, and the failure is thrown.
     */
    List<Contribution> apply(E event, long sequence, KafkaPosition position) {
        AggregateKey key = facts.keyOf(event);
        S state = states.get(key);
        if (sequence <= state.sequence) {
            return List.of();
        }
        try {
            List<Contribution> contributions = facts.apply(state, event, position, zones.zoneOf(key.tenant()));
            state.sequence = sequence;
            applied.computeIfAbsent(key, k -> new ArrayList<>()).add(new Applied<>(event, sequence, position));
            return contributions;
        } catch (RuntimeException e) {
            rebuild(key);
            throw e;
        }
    }

    /** Takes {@code event} back if it was the last applied to its aggregate: another part of it failed. */
    void takeBack(E event) {
        AggregateKey key = facts.keyOf(event);
        List<Applied<E>> ofKey = applied.get(key);
        if (ofKey != null && !ofKey.isEmpty() && ofKey.get(ofKey.size() - 1).event() == event) {
            ofKey.remove(ofKey.size() - 1);
            rebuild(key);
        }
    }

    /** Saves the states the batch changed; call after the cells are written. */
    void save() {
        store.save(states.all());
    }

    /** The state as stored plus the events this batch applied to it: what it was before a failed one. */
    private void rebuild(AggregateKey key) {
        states.forget(key);
        S state = states.get(key);
        for (Applied<E> event : applied.getOrDefault(key, List.of())) {
            facts.apply(state, event.event(), event.position(), zones.zoneOf(key.tenant()));
            state.sequence = event.sequence();
        }
    }
}
