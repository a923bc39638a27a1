package io.stageflow.events.opportunity;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An opportunity opened in {@code stage}; {@code leadId} is null when it was not converted from a lead.
 * {@code expectedCloseDate} is optional and was added later, so openings stored before it decode
 * with it null, as do conversions, which carry no date. {@code pipelineId} and {@code pipelineVersion}
 * name the pipeline version the opportunity follows (null on openings recorded before pipelines
 * existed: those follow version 1 of the tenant's default pipeline); {@code accountId} is null when
 * it belongs to no account.
 */
public record OpportunityOpened(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        LeadId leadId,
        String stage,
        Money amount,
        Dimensions dimensions,
        LocalDate expectedCloseDate,
        PipelineId pipelineId,
        Integer pipelineVersion,
        AccountId accountId)
        implements OpportunityEvent {

    /** An opening recorded before pipelines and accounts existed. */
    public OpportunityOpened(
            TenantId tenantId,
            OpportunityId opportunityId,
            Instant occurredAt,
            LeadId leadId,
            String stage,
            Money amount,
            Dimensions dimensions,
            LocalDate expectedCloseDate) {
        this(
                tenantId,
                opportunityId,
                occurredAt,
                leadId,
                stage,
                amount,
                dimensions,
                expectedCloseDate,
                null,
                null,
                null);
    }

    /** An opening without an expected close date, as every opening was before the date existed. */
    public OpportunityOpened(
            TenantId tenantId,
            OpportunityId opportunityId,
            Instant occurredAt,
            LeadId leadId,
            String stage,
            Money amount,
            Dimensions dimensions) {
        this(tenantId, opportunityId, occurredAt, leadId, stage, amount, dimensions, null, null, null, null);
    }
}
