package io.stageflow.metrics.query.cycletime;

/** Time spent in one stage, over the completed visits that ended in the range. */
public record StageCycleTime(String stage, Double meanDays, Double medianDays, Double p90Days) {}
