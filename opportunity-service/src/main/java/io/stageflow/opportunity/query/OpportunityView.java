package io.stageflow.opportunity.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.util.ArrayList;
import java.util.List;

/** An opportunity as its history says it is now; {@code stage} is WON or LOST once closed. */
public record OpportunityView(
        OpportunityId opportunityId,
        LeadId leadId,
        String stage,
        OpportunityStatus status,
        Money amount,
        Dimensions dimensions,
        List<StageEntry> history) {

    static OpportunityView opened(OpportunityOpened event) {
        return new OpportunityView(
                event.opportunityId(),
                event.leadId(),
                event.stage(),
                OpportunityStatus.OPEN,
                event.amount(),
                event.dimensions(),
                List.of(new StageEntry(event.stage(), event.occurredAt())));
    }

    OpportunityView after(OpportunityEvent event) {
        if (event instanceof OpportunityStageChanged changed) {
            return entering(changed.toStage(), status, amount, changed);
        }
        if (event instanceof OpportunityWon won) {
            return entering(OpportunityStatus.WON.name(), OpportunityStatus.WON, won.amount(), won);
        }
        if (event instanceof OpportunityLost lost) {
            return entering(OpportunityStatus.LOST.name(), OpportunityStatus.LOST, amount, lost);
        }
        return this;
    }

    private OpportunityView entering(
            String newStage, OpportunityStatus newStatus, Money newAmount, OpportunityEvent event) {
        List<StageEntry> longer = new ArrayList<>(history);
        longer.add(new StageEntry(newStage, event.occurredAt()));
        return new OpportunityView(
                opportunityId, leadId, newStage, newStatus, newAmount, dimensions, List.copyOf(longer));
    }
}
