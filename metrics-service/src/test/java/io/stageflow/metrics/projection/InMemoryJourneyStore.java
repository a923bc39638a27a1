package io.stageflow.metrics.projection;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/** The journey store with MongoDB's $min/$max/$set semantics, for testing the projection as plain objects. */
final class InMemoryJourneyStore {
    final Map<TenantScopedId, JourneyState> journeys = new HashMap<>();
    final Map<TenantScopedId, String> links = new HashMap<>();

    Map<TenantScopedId, String> journeyIdsOf(Set<TenantScopedId> opportunities) {
        Map<TenantScopedId, String> found = new HashMap<>(links);
        found.keySet().retainAll(opportunities);
        return found;
    }

    void write(BatchChanges changes) {
        changes.links().forEach(link -> links.put(link.opportunity(), link.journeyId()));
        changes.journeys().forEach(state -> journeys.merge(state.key(), state, InMemoryJourneyStore::merge));
    }

    private static JourneyState merge(JourneyState stored, JourneyState update) {
        return new JourneyState(
                stored.key(),
                pick(stored.startedAt(), update.startedAt(), InMemoryJourneyStore::earlier),
                update.dimensions() != null ? update.dimensions() : stored.dimensions(),
                Math.max(stored.furthestRank(), update.furthestRank()),
                pick(stored.wonAt(), update.wonAt(), InMemoryJourneyStore::earlier),
                update.wonAmount() != null ? update.wonAmount() : stored.wonAmount(),
                pick(stored.lostAt(), update.lostAt(), InMemoryJourneyStore::earlier),
                pick(stored.disqualifiedAt(), update.disqualifiedAt(), InMemoryJourneyStore::earlier),
                mergeTimes(stored.enteredAt(), update.enteredAt(), InMemoryJourneyStore::earlier),
                mergeTimes(stored.exitedAt(), update.exitedAt(), InMemoryJourneyStore::later));
    }

    private static Map<Stage, Instant> mergeTimes(
            Map<Stage, Instant> stored, Map<Stage, Instant> update, BinaryOperator<Instant> rule) {
        Map<Stage, Instant> merged = new EnumMap<>(Stage.class);
        merged.putAll(stored);
        update.forEach((stage, at) -> merged.merge(stage, at, rule));
        return Map.copyOf(merged);
    }

    private static Instant pick(Instant a, Instant b, BinaryOperator<Instant> rule) {
        return a == null ? b : b == null ? a : rule.apply(a, b);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
