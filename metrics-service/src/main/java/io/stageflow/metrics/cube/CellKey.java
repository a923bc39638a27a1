package io.stageflow.metrics.cube;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell: a tenant's figures of one KPI {@code family} on one tenant-local {@code day} for one
 * {@code slice}. The document id joins the parts with a separator no tenant id, family or dimension
 * contains, and puts the value last, so any text may be a value.
 */
public record CellKey(String tenant, String family, LocalDate day, Slice slice) {
    private static final char SEPARATOR = '\u001f';

    public CellKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slice, "slice");
    }

    String documentId() {
        return String.join(String.valueOf(SEPARATOR), tenant, family, day.toString(), slice.dimension(), slice.value());
    }
}
