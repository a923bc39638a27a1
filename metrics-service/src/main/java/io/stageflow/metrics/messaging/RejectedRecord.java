package io.stageflow.metrics.messaging;

/**
 * Stands in the stream for a record that is not a valid event, so its offset still advances the
 * tracking token (a dropped record would leave the token, and the reported lag, stuck before it).
 * No projection handles it; the dead-letter queue will.
 */
public record RejectedRecord(String topic, int partition, long offset, String reason) {}
