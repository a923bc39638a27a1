package io.stageflow.metrics.cube;

import java.util.Objects;

/**
 * How a {@link SliceQuery}'s groups are read: the cells of one stored {@code dimension} (a single
 * one, or a pair's), with its {@code scope} and {@code value} fixed where not null, each group named
 * by the cells' value, or by their scope when {@code byScope}.
 */
public record Grouping(String dimension, String scope, String value, boolean byScope) {
    public Grouping {
        Objects.requireNonNull(dimension, "dimension");
    }

    /** One group per value of a single dimension. */
    public static Grouping by(String dimension) {
        return new Grouping(dimension, null, null, false);
    }

    String nameOf(Slice slice) {
        return byScope ? slice.scope() : slice.value();
    }
}
