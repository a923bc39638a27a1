package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * The opportunity became a qualified opportunity (Qop): it entered {@code stage}, the qualifying
 * stage of its pipeline version or one past it, with that stage's entry criteria met. Recorded once
 * per opportunity; a later backward move does not unqualify it.
 */
public record OpportunityQualified(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        PipelineId pipelineId,
        int pipelineVersion,
        String stage)
        implements OpportunityEvent {}
