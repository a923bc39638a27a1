package io.stageflow.lead.command;

import io.stageflow.events.ids.LeadId;
import io.stageflow.kit.domain.RuleViolation;

/**
 * Which status accepts which change. An open lead accepts every change but reopening, a disqualified
 * one only reopening, and a converted one none: from the conversion on, the opportunity owns the
 * deal, its owner included.
 */
enum LeadChange {
    MOVE_STAGE("moved to another stage", LeadStatus.OPEN),
    CORRECT_STAGE("given a stage correction", LeadStatus.OPEN),
    DISQUALIFY("disqualified", LeadStatus.OPEN),
    CONVERT("converted", LeadStatus.OPEN),
    REASSIGN("reassigned", LeadStatus.OPEN),
    REOPEN("reopened", LeadStatus.DISQUALIFIED);

    private final String description;
    private final LeadStatus acceptedIn;

    LeadChange(String description, LeadStatus acceptedIn) {
        this.description = description;
        this.acceptedIn = acceptedIn;
    }

    void requireAcceptedIn(LeadStatus status, LeadId lead) {
        if (status != acceptedIn) {
            throw new RuleViolation("lead " + lead + " is " + status + " and cannot be " + description
                    + "; only a lead that is " + acceptedIn + " can");
        }
    }
}
