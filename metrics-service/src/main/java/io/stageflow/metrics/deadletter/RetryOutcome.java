package io.stageflow.metrics.deadletter;

/**
 * What a retry did.
 *
 * @param retried aggregates whose parked events were tried
 * @param cleared of them, those whose every parked event is now projected
 * @param stillParked the caller's aggregates with events still parked afterwards
 */
public record RetryOutcome(int retried, int cleared, int stillParked) {}
