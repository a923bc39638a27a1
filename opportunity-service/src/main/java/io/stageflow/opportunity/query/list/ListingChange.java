package io.stageflow.opportunity.query.list;

import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What one batch changes in one opportunity's listing: the fields its events set, folded in sequence
 * order, as of {@code version} (the highest sequence in the batch) and {@code updatedAt} (that
 * event's recorded time). A null field is one the batch did not touch; none of them can be unset, so
 * null never has to mean "clear it". {@code opened} is present only when the batch holds the opening
 * event, the only event allowed to create a listing.
 */
record ListingChange(
        TenantId tenant,
        OpportunityId opportunityId,
        long version,
        Instant updatedAt,
        OpportunityOpened opened,
        String stage,
        OpportunityStatus status,
        Money amount,
        LocalDate expectedCloseDate,
        String ownerId,
        String teamId) {

    /** Folds one opportunity's events of a batch; their arrival order does not matter, only their sequence. */
    static ListingChange fold(List<ListedEvent> events) {
        List<ListedEvent> inOrder = events.stream()
                .sorted(Comparator.comparingLong(ListedEvent::sequence))
                .toList();
        ListedEvent last = inOrder.get(inOrder.size() - 1);
        OpportunityOpened opened = null;
        String stage = null;
        OpportunityStatus status = null;
        Money amount = null;
        LocalDate expectedCloseDate = null;
        String ownerId = null;
        String teamId = null;
        for (ListedEvent listed : inOrder) {
            if (listed.event() instanceof OpportunityOpened event) {
                opened = event;
                stage = event.stage();
                status = OpportunityStatus.OPEN;
                amount = event.amount();
                expectedCloseDate = event.expectedCloseDate();
                ownerId = event.dimensions().ownerId();
                teamId = event.dimensions().teamId();
            } else if (listed.event() instanceof OpportunityStageChanged event) {
                stage = event.toStage();
            } else if (listed.event() instanceof OpportunityStageCorrected event) {
                stage = event.toStage();
            } else if (listed.event() instanceof OpportunityReopened event) {
                stage = event.stage();
                status = OpportunityStatus.OPEN;
            } else if (listed.event() instanceof OpportunityWon event) {
                stage = OpportunityStatus.WON.name();
                status = OpportunityStatus.WON;
                amount = event.amount();
            } else if (listed.event() instanceof OpportunityLost) {
                stage = OpportunityStatus.LOST.name();
                status = OpportunityStatus.LOST;
            } else if (listed.event() instanceof OpportunityAmountChanged event) {
                amount = event.to();
            } else if (listed.event() instanceof OpportunityCloseDateChanged event) {
                expectedCloseDate = event.toDate();
            } else if (listed.event() instanceof OpportunityReassigned event) {
                ownerId = event.ownerId();
                teamId = event.teamId();
            }
            // Any other event still moves version and updatedAt on, below.
        }
        return new ListingChange(
                last.event().tenantId(),
                last.event().opportunityId(),
                last.sequence(),
                last.recordedAt(),
                opened,
                stage,
                status,
                amount,
                expectedCloseDate,
                ownerId,
                teamId);
    }

    String documentId() {
        return ListingFields.documentId(tenant, opportunityId);
    }
}
