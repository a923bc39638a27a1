package io.stageflow.events;

import io.stageflow.events.ids.AccountId;

/** The life of a customer account: what CLV and retention are computed from. */
public non-sealed interface AccountEvent extends SalesEvent {
    AccountId accountId();

    @Override
    default String aggregateId() {
        return accountId().value();
    }
}
