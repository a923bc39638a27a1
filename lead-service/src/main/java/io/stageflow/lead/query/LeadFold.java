package io.stageflow.lead.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventType;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds one lead's events, oldest first, into its {@link LeadView}. */
final class LeadFold {
    private static final String LEAD_PREFIX = "LEAD_";

    private final LeadCreated created;
    private final List<LeadHistoryEntry> history = new ArrayList<>();
    private long version;
    private String stage;
    private LeadStatus status = LeadStatus.OPEN;
    private Dimensions dimensions;
    private Instant lastChangedAt;
    private OpportunityId opportunityId;
    private String disqualificationReason;

    LeadFold(LeadCreated created, long sequence, Instant recordedAt) {
        this.created = created;
        this.stage = created.stage();
        this.dimensions = created.dimensions();
        record(created, sequence, recordedAt, null);
    }

    void apply(LeadEvent event, long sequence, Instant recordedAt) {
        String reason = null;
        if (event instanceof LeadStageChanged changed) {
            stage = changed.toStage();
        } else if (event instanceof LeadStageCorrected corrected) {
            stage = corrected.toStage();
            reason = corrected.reason();
        } else if (event instanceof LeadDisqualified disqualified) {
            status = LeadStatus.DISQUALIFIED;
            disqualificationReason = disqualified.reason();
            reason = disqualified.reason();
        } else if (event instanceof LeadReopened reopened) {
            status = LeadStatus.OPEN;
            stage = reopened.stage();
            disqualificationReason = null;
        } else if (event instanceof LeadReassigned reassigned) {
            dimensions = new Dimensions(
                    dimensions.source(),
                    dimensions.industry(),
                    dimensions.region(),
                    reassigned.ownerId(),
                    reassigned.teamId());
        } else if (event instanceof LeadConverted converted) {
            status = LeadStatus.CONVERTED;
            opportunityId = converted.opportunityId();
        }
        // Any lead event, even one this view does not interpret, moves the version on and is history.
        record(event, sequence, recordedAt, reason);
    }

    LeadView view() {
        return new LeadView(
                created.leadId(),
                version,
                stage,
                status,
                dimensions,
                created.campaign(),
                created.contactRole(),
                created.occurredAt(),
                lastChangedAt,
                opportunityId,
                disqualificationReason,
                List.copyOf(history));
    }

    /** A correction is history but not the latest change: it happened before it. */
    private void record(LeadEvent event, long sequence, Instant recordedAt, String reason) {
        version = sequence;
        if (lastChangedAt == null || event.occurredAt().isAfter(lastChangedAt)) {
            lastChangedAt = event.occurredAt();
        }
        history.add(new LeadHistoryEntry(shortName(event), stage, event.occurredAt(), recordedAt, reason));
    }

    /** The contract's name without its aggregate: {@code LEAD_STAGE_CHANGED} reads as {@code STAGE_CHANGED}. */
    private static String shortName(LeadEvent event) {
        return EventType.of(event).name().substring(LEAD_PREFIX.length());
    }
}
