package io.stageflow.metrics.cube;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One cell: a tenant's figures of one KPI {@code family} on one tenant-local {@code day} for one
 * {@code slice}. The document id joins the parts with a separator no tenant id, family or dimension
 * contains, and puts the value last, so any text may be a value; a pair's scope, free text too, goes
 * before it prefixed by its length.
 */
public record CellKey(String tenant, String family, LocalDate day, Slice slice) {
    private static final char SEPARATOR = '\u001f';

    /**
     * A fixed order of cells, part by part. Not by their text: formatting two records per comparison
     * was a tenth of the projection's time.
     */
    public static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::tenant)
            .thenComparing(CellKey::family)
            .thenComparing(CellKey::day)
            .thenComparing(key -> key.slice().dimension())
            .thenComparing(key -> key.slice().scope(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(key -> key.slice().value());

    public CellKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slice, "slice");
    }

    String documentId() {
        String separator = String.valueOf(SEPARATOR);
        String prefix = String.join(separator, tenant, family, day.toString(), slice.dimension());
        return slice.isPair()
                ? String.join(separator, prefix, slice.scope().length() + ":" + slice.scope(), slice.value())
                : String.join(separator, prefix, slice.value());
    }
}
