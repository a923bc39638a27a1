package io.stageflow.metrics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Open opportunities that have sat in their stage too long: longer than the p90 of the time this
 * tenant's deals spent in that stage (learned from every stay that ended, all history), or longer
 * than their pipeline version's rotten-after days. Oldest first. {@code definitions} are the
 * pipeline versions whose rotten-after days were applied, {@code missingDefinitions} those not known.
 */
public record StalledDeals(
        LocalDate asOf,
        int stalled,
        List<Deal> deals,
        List<PipelineRef> definitions,
        List<PipelineRef> missingDefinitions) {
    /** {@code because} lists {@code P90} and/or {@code ROTTEN}, whichever the deal exceeds. */
    public record Deal(
            String opportunityId,
            String stage,
            Instant enteredAt,
            double ageDays,
            Double stageP90Days,
            Integer rottenAfterDays,
            List<String> because) {}
}
