package io.stageflow.lead.command;

/** Whether a lead is still in the funnel; a closed lead accepts no further command. */
public enum LeadStatus {
    OPEN,
    DISQUALIFIED,
    CONVERTED
}
