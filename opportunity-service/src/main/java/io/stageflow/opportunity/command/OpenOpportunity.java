package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code leadId} is null when the opportunity did not come from a converted lead; {@code
 * expectedCloseDate} is null when none is known yet.
 */
public record OpenOpportunity(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        LeadId leadId,
        BigDecimal amount,
        String currency,
        Dimensions dimensions,
        Instant occurredAt,
        LocalDate expectedCloseDate) {

    /** Without an expected close date, as a conversion opens an opportunity. */
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
}
