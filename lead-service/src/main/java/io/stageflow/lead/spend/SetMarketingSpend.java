package io.stageflow.lead.spend;

import io.stageflow.events.ids.SpendId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.plan.SetsPlanFigure;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets (creates or revises) a spend; {@code expectedVersion} null runs it on any version. */
record SetMarketingSpend(SpendKey key, BigDecimal amount, String currency, Instant occurredAt, Long expectedVersion)
        implements SetsPlanFigure {

    @TargetAggregateIdentifier
    SpendId spendId() {
        return key.spendId();
    }

    @Override
    public TenantId tenantId() {
        return key.tenant();
    }
}
