package io.stageflow.events.opportunity;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Custom opportunity fields (what stage entry criteria ask for, e.g. {@code budget},
 * {@code decisionMaker}) were given values ({@code set}) or removed ({@code cleared}).
 */
public record OpportunityFieldsChanged(
        TenantId tenantId,
        OpportunityId opportunityId,
        Instant occurredAt,
        Map<String, String> set,
        List<String> cleared)
        implements OpportunityEvent {

    public OpportunityFieldsChanged {
        set = set == null ? Map.of() : Map.copyOf(set);
        cleared = cleared == null ? List.of() : List.copyOf(cleared);
    }
}
