package io.stageflow.opportunity.account;

import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.TenantId;

/** Whether an account exists for a tenant, as of the last command: what attaching an opportunity checks. */
@FunctionalInterface
public interface AccountDirectory {
    boolean exists(TenantId tenant, AccountId account);
}
