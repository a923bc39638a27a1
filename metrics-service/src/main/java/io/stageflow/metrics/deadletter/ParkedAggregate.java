package io.stageflow.metrics.deadletter;

import java.util.List;

/** An aggregate whose events wait in the dead-letter queue, the first one blocking the others. */
public record ParkedAggregate(String aggregateId, List<ParkedEvent> events) {}
