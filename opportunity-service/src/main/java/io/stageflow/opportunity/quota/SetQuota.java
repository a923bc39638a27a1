package io.stageflow.opportunity.quota;

import io.stageflow.events.ids.QuotaId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.SetsPlanFigure;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets (creates or revises) a quota; {@code expectedVersion} null runs it on any version. */
record SetQuota(QuotaKey key, BigDecimal amount, String currency, Instant occurredAt, Long expectedVersion)
        implements SetsPlanFigure {

    @TargetAggregateIdentifier
    QuotaId quotaId() {
        return key.quotaId();
    }

    @Override
    public TenantId tenantId() {
        return key.tenant();
    }
}
