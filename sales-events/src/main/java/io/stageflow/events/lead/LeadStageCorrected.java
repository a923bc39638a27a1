package io.stageflow.events.lead;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * A back-dated stage move recorded as a correction: the lead in fact moved from {@code fromStage}
 * to {@code toStage} at {@code occurredAt}, which lies before events recorded earlier. When it was
 * recorded travels as {@code ce_recordedtime}, so both times are kept.
 */
public record LeadStageCorrected(
        TenantId tenantId, LeadId leadId, Instant occurredAt, String fromStage, String toStage, String reason)
        implements LeadEvent {}
