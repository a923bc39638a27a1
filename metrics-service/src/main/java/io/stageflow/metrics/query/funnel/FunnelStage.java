package io.stageflow.metrics.query.funnel;

/**
 * @param count journeys that reached this stage or a later one
 * @param conversionFromPrevious count over the previous listed stage's count, a fraction rounded to
 *     4 decimals; null for the first stage and when the previous count is 0
 */
public record FunnelStage(String stage, long count, Double conversionFromPrevious) {}
