package io.stageflow.lead.command;

/** The lead contact's part in the buying decision; the contract's schema lists the same names. */
public enum ContactRole {
    DECISION_MAKER,
    ECONOMIC_BUYER,
    INFLUENCER,
    CHAMPION,
    USER,
    GATEKEEPER,
    OTHER
}
