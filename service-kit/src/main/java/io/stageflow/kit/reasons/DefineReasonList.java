package io.stageflow.kit.reasons;

import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces the tenant's list of {@code kind} with {@code reasons}, as given (the list checks them).
 * {@code expectedVersion} is the list version the caller's If-Match names, 0 for a list still on
 * its defaults; null runs the command on any version.
 */
record DefineReasonList(
        TenantId tenantId, ReasonKind kind, List<String> reasons, Instant occurredAt, Long expectedVersion) {

    @TargetAggregateIdentifier
    ReasonListId listId() {
        return kind.listIdFor(tenantId);
    }
}
