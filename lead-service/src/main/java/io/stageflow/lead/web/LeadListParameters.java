package io.stageflow.lead.web;

import static io.stageflow.kit.readmodel.QueryParameters.instantOrDate;
import static io.stageflow.kit.readmodel.QueryParameters.oneOf;
import static io.stageflow.kit.readmodel.QueryParameters.text;

import io.stageflow.kit.readmodel.Paging;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.SalesRecordAccess;
import io.stageflow.lead.command.LeadStage;
import io.stageflow.lead.command.LeadStatus;
import io.stageflow.lead.query.list.LeadListQuery;

/** The list's query parameters as sent, as text: each mistake is a 400 naming its parameter. */
record LeadListParameters(
        String owner,
        String team,
        String stage,
        String status,
        String source,
        String campaign,
        String updatedSince,
        String page,
        String size) {
    private static final int MAX_TEXT = 200;

    LeadListQuery toQuery(Caller caller) {
        return new LeadListQuery(
                caller.tenant(),
                SalesRecordAccess.visible(caller).orElse(null),
                text("owner", owner, MAX_TEXT),
                text("team", team, MAX_TEXT),
                oneOf("stage", stage, LeadStage.class),
                oneOf("status", status, LeadStatus.class),
                text("source", source, MAX_TEXT),
                text("campaign", campaign, MAX_TEXT),
                instantOrDate("updatedSince", updatedSince),
                Paging.of(page, size));
    }
}
