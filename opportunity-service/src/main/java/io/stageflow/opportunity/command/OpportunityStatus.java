package io.stageflow.opportunity.command;

/** An opportunity is open until it is won or lost; both outcomes are final. */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST
}
