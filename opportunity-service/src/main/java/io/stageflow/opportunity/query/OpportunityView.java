package io.stageflow.opportunity.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An opportunity as its history says it is now; {@code stage} is WON or LOST once closed.
 * {@code version} is the sequence number of its last event, the value of its ETag. The history lists
 * stages only: amount, close date and owner show their current value, not how they got there.
 */
public record OpportunityView(
        OpportunityId opportunityId,
        long version,
        LeadId leadId,
        String stage,
        OpportunityStatus status,
        Money amount,
        LocalDate expectedCloseDate,
        Dimensions dimensions,
        List<StageEntry> history) {

    static OpportunityView opened(OpportunityOpened event, long version, Instant recordedAt) {
        return new OpportunityView(
                event.opportunityId(),
                version,
                event.leadId(),
                event.stage(),
                OpportunityStatus.OPEN,
                event.amount(),
                event.expectedCloseDate(),
                event.dimensions(),
                List.of(new StageEntry(event.stage(), event.occurredAt(), recordedAt)));
    }

    OpportunityView after(OpportunityEvent event, long version, Instant recordedAt) {
        if (event instanceof OpportunityStageChanged changed) {
            return entering(changed.toStage(), status, amount, changed, version, recordedAt);
        }
        if (event instanceof OpportunityWon won) {
            return entering(
                    OpportunityStatus.WON.name(), OpportunityStatus.WON, won.amount(), won, version, recordedAt);
        }
        if (event instanceof OpportunityLost lost) {
            return entering(OpportunityStatus.LOST.name(), OpportunityStatus.LOST, amount, lost, version, recordedAt);
        }
        if (event instanceof OpportunityAmountChanged changed) {
            return with(version, changed.to(), expectedCloseDate, dimensions);
        }
        if (event instanceof OpportunityCloseDateChanged changed) {
            return with(version, amount, changed.toDate(), dimensions);
        }
        if (event instanceof OpportunityReassigned reassigned) {
            Dimensions reassignedTo = new Dimensions(
                    dimensions.source(),
                    dimensions.industry(),
                    dimensions.region(),
                    reassigned.ownerId(),
                    reassigned.teamId());
            return with(version, amount, expectedCloseDate, reassignedTo);
        }
        // An event this view does not show still moves the version on.
        return with(version, amount, expectedCloseDate, dimensions);
    }

    private OpportunityView with(long version, Money newAmount, LocalDate newCloseDate, Dimensions newDimensions) {
        return new OpportunityView(
                opportunityId, version, leadId, stage, status, newAmount, newCloseDate, newDimensions, history);
    }

    private OpportunityView entering(
            String newStage,
            OpportunityStatus newStatus,
            Money newAmount,
            OpportunityEvent event,
            long version,
            Instant recordedAt) {
        List<StageEntry> longer = new ArrayList<>(history);
        longer.add(new StageEntry(newStage, event.occurredAt(), recordedAt));
        return new OpportunityView(
                opportunityId,
                version,
                leadId,
                newStage,
                newStatus,
                newAmount,
                expectedCloseDate,
                dimensions,
                List.copyOf(longer));
    }
}
