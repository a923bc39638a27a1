package io.stageflow.metrics.cube;

import java.util.Objects;

/**
 * Which deals a cell counts: all of the tenant's ({@link #ALL}), those with one value of one
 * dimension ({@code teamId=team-3}), or a pair: those with one value of a dimension among those with
 * one value of a scope dimension ({@code source=web} within {@code team=team-3}). A pair's dimension
 * names both ({@code team/source}) and its {@code scope} holds the scope's value; a single
 * dimension's scope is null. Which pairs are kept is the KPI layer's choice (ADR 0007).
 */
public record Slice(String dimension, String value, String scope) {
    public static final Slice ALL = new Slice("*", "*", null);
    private static final char PAIR = '/';

    public Slice {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }

    public static Slice of(String dimension, String value) {
        return new Slice(dimension, value, null);
    }

    /** The deals of {@code slice} among those of {@code scope}. */
    public static Slice pair(Slice scope, Slice slice) {
        return new Slice(pairDimension(scope.dimension(), slice.dimension()), slice.value(), scope.value());
    }

    /** The name a pair of a scope dimension and another dimension is stored under. */
    public static String pairDimension(String scopeDimension, String dimension) {
        return scopeDimension + PAIR + dimension;
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean isPair() {
        return scope != null;
    }
}
