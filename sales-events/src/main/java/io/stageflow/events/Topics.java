package io.stageflow.events;

import java.util.List;

/** Kafka topics of the contract. Retained forever: the log is the history every metric is replayed from. */
public final class Topics {
    public static final String LEAD_EVENTS = "stageflow.lead-events.v1";
    public static final String OPPORTUNITY_EVENTS = "stageflow.opportunity-events.v1";
    public static final List<String> ALL = List.of(LEAD_EVENTS, OPPORTUNITY_EVENTS);

    private Topics() {}
}
