package io.stageflow.opportunity.account.query.list;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.Paging;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.util.Objects;

/** Which page of a tenant's accounts to list; a null filter matches everything, filters combine. */
public record AccountListQuery(TenantId tenant, AccountStatus status, String owner, Paging paging) {
    public AccountListQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(paging, "paging");
    }
}
