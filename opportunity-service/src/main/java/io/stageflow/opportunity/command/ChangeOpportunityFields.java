package io.stageflow.opportunity.command;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets custom fields; a field mapped to null is cleared. */
public record ChangeOpportunityFields(
        TenantId tenantId,
        @TargetAggregateIdentifier OpportunityId opportunityId,
        Map<String, String> fields,
        Instant occurredAt,
        Long expectedVersion) {}
