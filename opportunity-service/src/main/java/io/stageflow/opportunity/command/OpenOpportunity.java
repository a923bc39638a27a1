package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code leadId} is null when the opportunity did not come from a converted lead; {@code
 * expectedCloseDate} is null when none is known yet; {@code pipelineId} null means the tenant's
 * default pipeline; {@code accountId} null means no account yet; {@code fields} are custom fields to
 * start with (null for none).
 */
public record OpenOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        LeadId leadId,
        BigDecimal amount,
        String currency,
        Dimensions dimensions,
        Instant occurredAt,
        LocalDate expectedCloseDate,
        PipelineId pipelineId,
        AccountId accountId,
        Map<String, String> fields) {

    /** On the tenant's default pipeline, without an account or fields. */
    public OpenOpportunity(
            TenantId tenantId,
            OpportunityId opportunityId,
            LeadId leadId,
            BigDecimal amount,
            String currency,
            Dimensions dimensions,
            Instant occurredAt,
            LocalDate expectedCloseDate) {
        this(
                tenantId,
                opportunityId,
                leadId,
                amount,
                currency,
                dimensions,
                occurredAt,
                expectedCloseDate,
                null,
                null,
                null);
    }

    /** Without an expected close date, on the default pipeline. */
    public OpenOpportunity(
            TenantId tenantId,
            OpportunityId opportunityId,
            LeadId leadId,
            BigDecimal amount,
            String currency,
            Dimensions dimensions,
            Instant occurredAt) {
        this(tenantId, opportunityId, leadId, amount, currency, dimensions, occurredAt, null);
    }

    PipelineId pipelineOrDefault() {
        return pipelineId == null ? PipelineId.defaultFor(tenantId) : pipelineId;
    }
}
