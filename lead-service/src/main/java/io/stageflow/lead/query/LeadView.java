package io.stageflow.lead.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;
import java.util.List;

/**
 * A lead as its history says it is now. {@code version} is the sequence number of its last event,
 * the value of its ETag. {@code dimensions} carry the current owner and team. {@code opportunityId} is
 * set once converted and {@code disqualificationReason} while disqualified; {@code campaign} and
 * {@code contactRole} only when given at creation.
 */
public record LeadView(
        LeadId leadId,
        long version,
        String stage,
        LeadStatus status,
        Dimensions dimensions,
        String campaign,
        String contactRole,
        Instant createdAt,
        Instant lastChangedAt,
        OpportunityId opportunityId,
        String disqualificationReason,
        List<LeadHistoryEntry> history) {}
