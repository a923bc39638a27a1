package io.stageflow.metrics.projection;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.events.opportunity.OpportunityAccountChanged;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import java.time.Instant;
import java.util.Optional;

/**
 * How each contract event moves its journey. Every event contributes only values it carries
 * itself (never "the current stage"), which is what makes the projection independent of the order
 * in which the lead and the opportunity topic are read.
 */
final class JourneyEvents {
    private JourneyEvents() {}

    /** The journey of an event when the event alone tells; empty for opportunity events after the opening. */
    static Optional<String> journeyIdOf(SalesEvent event) {
        if (event instanceof LeadEvent lead) {
            return Optional.of(lead.leadId().value());
        }
        if (event instanceof OpportunityOpened opened) {
            return Optional.of(linkOf(opened).journeyId());
        }
        return Optional.empty();
    }

    /** The opportunity-to-journey link an event establishes, if any. */
    static Optional<OpportunityLink> linkOf(SalesEvent event) {
        if (event instanceof LeadConverted converted) {
            return Optional.of(new OpportunityLink(
                    opportunity(event, converted.opportunityId().value()),
                    converted.leadId().value()));
        }
        return event instanceof OpportunityOpened opened ? Optional.of(linkOf(opened)) : Optional.empty();
    }

    static TenantScopedId opportunityOf(OpportunityEvent event) {
        return opportunity(event, event.opportunityId().value());
    }

    static void apply(SalesEvent event, JourneyChanges journey) {
        Instant at = event.occurredAt();
        if (event instanceof LeadCreated created) {
            journey.start(at, created.dimensions());
            enter(journey, created.stage(), at);
        } else if (event instanceof LeadStageChanged changed) {
            move(journey, changed.fromStage(), changed.toStage(), at);
        } else if (event instanceof LeadStageCorrected corrected) {
            // Like an opportunity's correction: a move at the time it really happened.
            move(journey, corrected.fromStage(), corrected.toStage(), at);
        } else if (event instanceof LeadDisqualified disqualified) {
            exit(journey, disqualified.stage(), at);
            journey.disqualify(at);
        } else if (event instanceof LeadConverted converted) {
            exit(journey, converted.fromStage(), at);
        } else if (event instanceof LeadReassigned) {
            // Deliberately nothing: a journey keeps the dimensions it was created with until issue 4
            // decides how a changed owner or team is attributed.
        } else if (event instanceof LeadReopened) {
            // Deliberately nothing: the lead is back in the stage it reached, which the journey already
            // counts, and disqualifiedAt stays the first disqualification ($min; nothing is unset).
        } else if (event instanceof OpportunityOpened opened) {
            if (opened.leadId() == null) {
                journey.start(at, opened.dimensions());
            }
            enter(journey, opened.stage(), at);
        } else if (event instanceof OpportunityStageChanged changed) {
            move(journey, changed.fromStage(), changed.toStage(), at);
        } else if (event instanceof OpportunityStageCorrected corrected) {
            // A back-dated move is a move at the time it really happened; $min on the entry times
            // lets the earlier time win whatever order the events arrive in.
            move(journey, corrected.fromStage(), corrected.toStage(), at);
        } else if (event instanceof OpportunityWon won) {
            exit(journey, won.fromStage(), at);
            journey.win(at, won.amount());
        } else if (event instanceof OpportunityLost lost) {
            exit(journey, lost.fromStage(), at);
            journey.lose(at);
        } else if (event instanceof OpportunityAmountChanged
                || event instanceof OpportunityCloseDateChanged
                || event instanceof OpportunityReassigned) {
            // Deliberately nothing: they move no stage. Pipeline value, close-date slippage and the
            // attribution of a changed owner or team are issue 4's to define; until then the funnel,
            // win rate and cycle time stay as they were.
        } else if (event instanceof OpportunityQualified
                || event instanceof OpportunityFieldsChanged
                || event instanceof OpportunityAccountChanged
                || event instanceof OpportunityReopened) {
            // Deliberately nothing yet: qualification (Qop rates), account attribution and what a
            // re-opened loss means for win rate are issue 4's metrics.
        }
    }

    private static OpportunityLink linkOf(OpportunityOpened opened) {
        String journeyId = opened.leadId() != null
                ? opened.leadId().value()
                : opened.opportunityId().value();
        return new OpportunityLink(opportunityOf(opened), journeyId);
    }

    private static TenantScopedId opportunity(SalesEvent event, String opportunityId) {
        return new TenantScopedId(event.tenantId().value(), opportunityId);
    }

    private static void move(JourneyChanges journey, String from, String to, Instant at) {
        exit(journey, from, at);
        enter(journey, to, at);
    }

    private static void enter(JourneyChanges journey, String stage, Instant at) {
        Stage.known(stage).ifPresent(known -> journey.enter(known, at));
    }

    private static void exit(JourneyChanges journey, String stage, Instant at) {
        Stage.known(stage).ifPresent(known -> journey.exit(known, at));
    }
}
