package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Grouping;
import io.stageflow.metrics.cube.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of dimensions the cells keep besides each dimension alone (ADR 0007): every dimension
 * within a team, and every one but the team within a rep. Team and rep are the scopes a manager's
 * and a rep's own view are cut by, so any question of theirs with one more dimension (a filter, or
 * a group-by) reads one pair's cells; two dimensions of which neither is a team or a rep are not
 * pre-aggregated and are refused, saying so.
 */
final class SlicePairs {
    /** In precedence: the pair of a team and a rep is kept within the team, and read either way. */
    private static final List<String> SCOPES = List.of(KpiDimensions.TEAM, KpiDimensions.REP);

    private SlicePairs() {}

    /** {@code slices}' single slices, and the kept pairs of them. */
    static List<Slice> withPairs(List<Slice> slices) {
        List<Slice> singles = slices.stream().filter(s -> !s.isPair()).toList();
        List<Slice> all = new ArrayList<>(singles);
        for (Slice scope : singles) {
            for (Slice other : singles) {
                if (scope.dimension().equals(scopeOf(scope.dimension(), other.dimension()))) {
                    all.add(Slice.pair(scope, other));
                }
            }
        }
        return all;
    }

    /** The cells of the deals in both {@code a} and {@code b}. */
    static Slice both(Slice a, Slice b) {
        String scope = scopeOf(a.dimension(), b.dimension());
        if (scope == null) {
            throw notKept("filters on '" + a.dimension() + "' and '" + b.dimension() + "'");
        }
        return scope.equals(a.dimension()) ? Slice.pair(a, b) : Slice.pair(b, a);
    }

    /** How {@code filter}'s deals are grouped by {@code groupBy}: from the filter's cells or a pair's. */
    static Grouping grouping(Slice filter, String groupBy) {
        if (filter.isAll()) {
            return Grouping.by(groupBy);
        }
        if (groupBy.equals(filter.dimension())) {
            return new Grouping(groupBy, null, filter.value(), false);
        }
        String scope = scopeOf(filter.dimension(), groupBy);
        if (scope == null) {
            throw notKept("a filter on '" + filter.dimension() + "' with groupBy '" + groupBy + "'");
        }
        return scope.equals(filter.dimension())
                ? new Grouping(Slice.pairDimension(scope, groupBy), filter.value(), null, false)
                : new Grouping(Slice.pairDimension(scope, filter.dimension()), null, filter.value(), true);
    }

    /** How the deals of a filter on two dimensions are grouped by one of them. */
    static Grouping grouping(Slice a, Slice b, String groupBy) {
        Slice pair = both(a, b);
        if (!groupBy.equals(a.dimension()) && !groupBy.equals(b.dimension())) {
            throw notKept(
                    "filters on '" + a.dimension() + "' and '" + b.dimension() + "' with groupBy '" + groupBy + "'");
        }
        boolean byScope = scopeOf(a.dimension(), b.dimension()).equals(groupBy);
        return new Grouping(pair.dimension(), pair.scope(), pair.value(), byScope);
    }

    /** The scope of a kept pair of two dimensions, or null when the cells keep no such pair. */
    private static String scopeOf(String a, String b) {
        if (a.equals(b) || a.equals(Slice.ALL.dimension()) || b.equals(Slice.ALL.dimension())) {
            return null;
        }
        return SCOPES.stream()
                .filter(scope -> scope.equals(a) || scope.equals(b))
                .findFirst()
                .orElse(null);
    }

    private static IllegalArgumentException notKept(String what) {
        return new IllegalArgumentException(what + ": not pre-aggregated. Besides each dimension alone, the"
                + " cells keep every dimension paired with team or rep, so combine at most two dimensions, one of"
                + " them team or rep");
    }
}
