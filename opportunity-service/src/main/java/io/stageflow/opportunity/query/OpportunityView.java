package io.stageflow.opportunity.query;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.opportunity.command.OpportunityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An opportunity as its history says it is now; {@code stage} is WON or LOST once closed.
 * {@code version} is the sequence number of its last event, the value of its ETag. {@code
 * qualifiedAt} is null until it became a qualified opportunity; {@code lossReason} and {@code
 * competitor} describe the latest loss while it is lost.
 */
public record OpportunityView(
        OpportunityId opportunityId,
        long version,
        LeadId leadId,
        PipelineId pipelineId,
        int pipelineVersion,
        String stage,
        OpportunityStatus status,
        Instant qualifiedAt,
        Money amount,
        LocalDate expectedCloseDate,
        AccountId accountId,
        Dimensions dimensions,
        Map<String, String> fields,
        String lossReason,
        String competitor,
        List<StageEntry> history) {}
