package io.stageflow.metrics.kpi;

/**
 * @param count journeys counted for this stage, as the funnel's mode and match say
 * @param conversionFromPrevious count over the previous listed stage's count, a fraction rounded to
 *     4 decimals; null for the first stage and when the previous count is 0
 */
public record FunnelStage(String stage, long count, Double conversionFromPrevious) {}
