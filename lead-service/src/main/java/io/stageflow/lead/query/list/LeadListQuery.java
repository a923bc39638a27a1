package io.stageflow.lead.query.list;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.Paging;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.lead.command.LeadStage;
import io.stageflow.lead.command.LeadStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Which page of a tenant's leads to list; a null filter matches everything, filters combine. {@code
 * visible} narrows the list to the records the caller may see; null for every lead of the tenant.
 */
public record LeadListQuery(
        TenantId tenant,
        SalesRecordAccess.Visible visible,
        String owner,
        String team,
        LeadStage stage,
        LeadStatus status,
        String source,
        String campaign,
        Instant updatedSince,
        Paging paging) {

    public LeadListQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(paging, "paging");
    }
}
