package io.stageflow.lead.command;

/** Whether a lead is still in the funnel; {@link LeadChange} says which changes each status accepts. */
public enum LeadStatus {
    OPEN,
    DISQUALIFIED,
    CONVERTED
}
