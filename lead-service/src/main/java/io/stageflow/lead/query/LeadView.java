package io.stageflow.lead.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;

/**
 * A lead as its history says it is now. {@code version} is the sequence number of its last event,
 * the value of its ETag. {@code opportunityId} is set once converted and {@code disqualificationReason}
 * once disqualified.
 */
public record LeadView(
        LeadId leadId,
        long version,
        String stage,
        LeadStatus status,
        Dimensions dimensions,
        Instant createdAt,
        Instant lastChangedAt,
        OpportunityId opportunityId,
        String disqualificationReason) {

    static LeadView created(LeadCreated event, long version) {
        return new LeadView(
                event.leadId(),
                version,
                event.stage(),
                LeadStatus.OPEN,
                event.dimensions(),
                event.occurredAt(),
                event.occurredAt(),
                null,
                null);
    }

    LeadView after(LeadEvent event, long version) {
        if (event instanceof LeadStageChanged changed) {
            return new LeadView(
                    leadId,
                    version,
                    changed.toStage(),
                    status,
                    dimensions,
                    createdAt,
                    changed.occurredAt(),
                    null,
                    null);
        }
        if (event instanceof LeadDisqualified disqualified) {
            return new LeadView(
                    leadId,
                    version,
                    stage,
                    LeadStatus.DISQUALIFIED,
                    dimensions,
                    createdAt,
                    disqualified.occurredAt(),
                    null,
                    disqualified.reason());
        }
        if (event instanceof LeadConverted converted) {
            return new LeadView(
                    leadId,
                    version,
                    stage,
                    LeadStatus.CONVERTED,
                    dimensions,
                    createdAt,
                    converted.occurredAt(),
                    converted.opportunityId(),
                    null);
        }
        // An event this view does not show still moves the version on.
        return new LeadView(
                leadId,
                version,
                stage,
                status,
                dimensions,
                createdAt,
                lastChangedAt,
                opportunityId,
                disqualificationReason);
    }
}
