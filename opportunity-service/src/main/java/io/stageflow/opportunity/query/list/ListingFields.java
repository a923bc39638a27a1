package io.stageflow.opportunity.query.list;

import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;

/** Names in the {@code opportunity_list} collection, shared by its writer and its reader. */
final class ListingFields {
    static final String COLLECTION = "opportunity_list";
    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String OPPORTUNITY_ID = "opportunityId";
    static final String LEAD_ID = "leadId";
    static final String PIPELINE_ID = "pipelineId";
    static final String STAGE = "stage";
    static final String STATUS = "status";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String EXPECTED_CLOSE_DATE = "expectedCloseDate";
    static final String OWNER_ID = "ownerId";
    static final String TEAM_ID = "teamId";
    static final String SOURCE = "source";
    static final String INDUSTRY = "industry";
    static final String REGION = "region";
    static final String OPENED_AT = "openedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";

    private ListingFields() {}

    /** Tenant ids cannot contain a slash, so the key is unambiguous and scoped like every query. */
    static String documentId(TenantId tenant, OpportunityId opportunityId) {
        return tenant.value() + "/" + opportunityId.value();
    }
}
