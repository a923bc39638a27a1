package io.stageflow.metrics.messaging;

/**
 * Stands in the stream for a record that is not a valid event, so its offset still advances the
 * tracking token (a dropped record would leave the token, and the reported lag, stuck before it).
 * The KPI projection refuses it, so it is parked in the dead-letter queue (ADR 0008) and holds back
 * the later events of its aggregate (its record key) until it is evicted.
 */
public record RejectedRecord(String topic, int partition, long offset, String reason) {}
