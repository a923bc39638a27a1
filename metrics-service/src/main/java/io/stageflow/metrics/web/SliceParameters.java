package io.stageflow.metrics.web;

import io.stageflow.metrics.kpi.KpiDimensions;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks a metrics endpoint that reads the slice parameters from its parameter map: every dimension
 * filter, and the range, {@code groupBy} and {@code grain} where it takes them. The API document
 * lists them for it ({@link ApiDocumentation}) and any other parameter is refused ({@link
 * UnknownParameters}), so each endpoint does not repeat thirteen of them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface SliceParameters {
    /** Whether the endpoint takes a range of days ({@code from}/{@code to}). */
    boolean range() default true;

    /** Whether it takes {@code groupBy}. */
    boolean groupBy() default true;

    /** Whether it takes {@code grain}. */
    boolean grain() default true;

    /** The names an endpoint marked so reads from its map. */
    final class Names {
        private Names() {}

        static List<String> of(SliceParameters slice) {
            List<String> names = new ArrayList<>();
            if (slice.range()) {
                names.add("from");
                names.add("to");
            }
            names.addAll(KpiDimensions.ALL);
            if (slice.groupBy()) {
                names.add("groupBy");
            }
            if (slice.grain()) {
                names.add("grain");
            }
            return names;
        }
    }
}
