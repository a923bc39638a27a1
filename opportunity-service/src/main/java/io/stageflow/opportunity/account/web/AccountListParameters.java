package io.stageflow.opportunity.account.web;

import static io.stageflow.kit.readmodel.QueryParameters.oneOf;
import static io.stageflow.kit.readmodel.QueryParameters.text;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.readmodel.Paging;
import io.stageflow.opportunity.account.command.AccountStatus;
import io.stageflow.opportunity.account.query.list.AccountListQuery;

/** The list's query parameters as sent, as text: each mistake is a 400 naming its parameter. */
record AccountListParameters(String status, String owner, String page, String size) {
    private static final int MAX_TEXT = 200;

    AccountListQuery toQuery(TenantId tenant) {
        return new AccountListQuery(
                tenant,
                oneOf("status", status, AccountStatus.class),
                text("owner", owner, MAX_TEXT),
                Paging.of(page, size));
    }
}
