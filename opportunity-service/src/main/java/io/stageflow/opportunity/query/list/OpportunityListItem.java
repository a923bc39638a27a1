package io.stageflow.opportunity.query.list;

import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One opportunity in a list. {@code openedAt} is business time (the opening's occurredAt);
 * {@code updatedAt} is when the service recorded its last change, which is what "recently changed"
 * means to a person scanning the list. {@code version} is the sequence of that last change.
 * {@code expectedCloseDate} is null until one is set; {@code pipelineId} is null only for listings
 * written before pipelines existed, until the list is rebuilt.
 */
public record OpportunityListItem(
        OpportunityId opportunityId,
        LeadId leadId,
        PipelineId pipelineId,
        String stage,
        OpportunityStatus status,
        Money amount,
        LocalDate expectedCloseDate,
        String ownerId,
        String teamId,
        String source,
        String industry,
        String region,
        Instant openedAt,
        Instant updatedAt,
        long version) {}
