package io.stageflow.events;

/** Plan inputs: quotas and marketing spend per period. */
public non-sealed interface PlanEvent extends SalesEvent {
    /** The period the figure is for. */
    Period period();
}
