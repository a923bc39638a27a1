package io.stageflow.metrics.cube;

/**
 * Where a fact's event sits in Kafka. Offsets grow within a partition, and one segment at a time
 * reads a partition, which is what lets a cell tell a replayed event from a new one (ADR 0005).
 */
public record KafkaPosition(String topic, int partition, long offset) {
    /** The cell field naming this partition: dots would nest in MongoDB, so they become underscores. */
    String partitionField() {
        return topic.replace('.', '_') + "-" + partition;
    }

    /** The cell field marking this very event counted when it was retried from the dead-letter queue. */
    String retriedMark() {
        return partitionField() + "@" + offset;
    }
}
