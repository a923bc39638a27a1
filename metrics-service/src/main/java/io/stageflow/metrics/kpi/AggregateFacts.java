package io.stageflow.metrics.kpi;

import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import java.time.ZoneId;
import java.util.List;

/** How one kind of aggregate's events change its fact state and the cells. */
interface AggregateFacts<E extends SalesEvent, S extends FactState> {
    AggregateKey keyOf(E event);

    /**
     * Applies {@code event} (the aggregate's next, by sequence) to {@code state} and answers what it
     * adds to the cells, all at the event's Kafka {@code position}; days are cut in {@code zone}.
     */
    List<Contribution> apply(S state, E event, KafkaPosition position, ZoneId zone);
}
