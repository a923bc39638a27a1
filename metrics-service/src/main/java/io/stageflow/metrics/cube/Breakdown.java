package io.stageflow.metrics.cube;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures a {@link SliceQuery} asked for: over the whole range, per group value (sorted) and per
 * period (in time order). Groups and periods are empty unless asked for; a group or period with no
 * cells does not appear.
 */
public record Breakdown(Figures total, List<Group> groups, List<Period> periods) {
    public record Group(String value, Figures total, List<Period> periods) {}

    public record Period(LocalDate start, Figures figures) {}
}
