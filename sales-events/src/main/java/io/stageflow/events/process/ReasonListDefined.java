package io.stageflow.events.process;

import io.stageflow.events.ProcessEvent;
import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Version {@code version} of a tenant's list of reasons of one {@code kind}: {@code LOSS} (why an
 * opportunity was lost) or {@code DISQUALIFY} (why a lead was disqualified). Commands accept only
 * reasons on the current list; events keep the reason text itself, so a later list never rewrites
 * history.
 */
public record ReasonListDefined(
        TenantId tenantId, ReasonListId listId, Instant occurredAt, int version, String kind, List<String> reasons)
        implements ProcessEvent {

    public ReasonListDefined {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return listId.value();
    }
}
