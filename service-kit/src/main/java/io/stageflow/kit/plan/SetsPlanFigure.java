package io.stageflow.kit.plan;

import io.stageflow.events.ids.TenantId;
import java.math.BigDecimal;
import java.time.Instant;

/** A command that sets a quota or a spend: what {@link PlanFigure#decide} needs from it. */
public interface SetsPlanFigure {
    TenantId tenantId();

    BigDecimal amount();

    String currency();

    Instant occurredAt();

    /** The version If-Match named, or null for no check. */
    Long expectedVersion();
}
