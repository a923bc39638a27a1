package io.stageflow.events;

import java.util.List;

/** Kafka topics of the contract. Retained forever: the log is the history every metric is replayed from. */
public final class Topics {
    public static final String LEAD_EVENTS = "stageflow.lead-events.v1";
    public static final String OPPORTUNITY_EVENTS = "stageflow.opportunity-events.v1";
    /** Pipeline definitions and reason lists: how each tenant runs its process. */
    public static final String PROCESS_EVENTS = "stageflow.process-events.v1";

    public static final String ACCOUNT_EVENTS = "stageflow.account-events.v1";
    /** Quotas and marketing spend. */
    public static final String PLAN_EVENTS = "stageflow.plan-events.v1";

    public static final List<String> ALL =
            List.of(LEAD_EVENTS, OPPORTUNITY_EVENTS, PROCESS_EVENTS, ACCOUNT_EVENTS, PLAN_EVENTS);

    private Topics() {}
}
