package io.stageflow.metrics.query.status;

import java.time.Instant;

/**
 * @param lag records in the event topics the projection has not yet written (0: everything written
 *     to Kafka before the call is visible in queries)
 * @param lastEventTime the latest recorded time (when the command side stored the event, not the
 *     business occurred-at, which may be back-dated) among the events projected so far; null before
 *     the first
 */
public record ProjectionStatus(long lag, Instant lastEventTime) {}
