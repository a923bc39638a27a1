package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * A back-dated stage move recorded as a correction: the opportunity in fact moved from
 * {@code fromStage} to {@code toStage} at {@code occurredAt}, which may lie before events recorded
 * earlier. When it was recorded travels as {@code ce_recordedtime}, so both times are kept.
 */
public record OpportunityStageCorrected(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        String fromStage,
        String toStage,
        String reason)
        implements OpportunityEvent {}
