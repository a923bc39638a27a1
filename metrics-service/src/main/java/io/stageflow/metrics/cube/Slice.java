package io.stageflow.metrics.cube;

import java.util.Objects;

/**
 * Which deals a cell counts: all of the tenant's ({@link #ALL}) or those with one value of one
 * dimension, such as {@code teamId=team-3}. One dimension at a time keeps a fact's cells to ten
 * (see ADR 0005); a value may be any text, the dimension one of the catalogue's names.
 */
public record Slice(String dimension, String value) {
    public static final Slice ALL = new Slice("*", "*");

    public Slice {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }

    public static Slice of(String dimension, String value) {
        return new Slice(dimension, value);
    }

    public boolean isAll() {
        return equals(ALL);
    }
}
