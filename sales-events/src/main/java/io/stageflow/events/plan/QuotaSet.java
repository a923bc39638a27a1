package io.stageflow.events.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;

/**
 * The quota of a rep ({@code scope} {@code REP}, {@code subjectId} the owner id) or a team
 * ({@code TEAM}, the team id) for {@code period} is {@code amount}; {@code previous} is what it was
 * before, null the first time.
 */
public record QuotaSet(
        TenantId tenantId,
        QuotaId quotaId,
        Instant occurredAt,
        String scope,
        String subjectId,
        Period period,
        Money amount,
        Money previous)
        implements PlanEvent {

    @Override
    public String aggregateId() {
        return quotaId.value();
    }
}
