package io.stageflow.metrics.kpi;

import io.stageflow.metrics.messaging.RejectedRecord;

/** A Kafka record that is no valid event of the contract: parked, never skipped. */
public class UnreadableRecordException extends RuntimeException {
    public UnreadableRecordException(RejectedRecord record) {
        super("record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " is not a valid event: "
                + record.reason());
    }
}
