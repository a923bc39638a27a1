package io.stageflow.metrics.query.cycletime;

import java.util.List;

/**
 * Sales cycle in days (decimal). The whole cycle runs from a journey's start to its win, over the
 * wins in the range. Means are exact; medians and p90s come from a sketch accurate to within 1% of
 * the value. Every figure is null when nothing was measured.
 */
public record CycleTime(long won, Double meanDays, Double medianDays, Double p90Days, List<StageCycleTime> stages) {}
