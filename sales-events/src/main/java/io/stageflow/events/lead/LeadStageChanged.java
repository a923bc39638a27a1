package io.stageflow.events.lead;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

public record LeadStageChanged(TenantId tenantId, LeadId leadId, Instant occurredAt, String fromStage, String toStage)
        implements LeadEvent {}
