package io.stageflow.lead.query.list;

/**
 * Names in the {@code lead_list} collection, shared by its writer and its reader; the tenant,
 * version and update time are {@code kit.readmodel.Listings}'.
 */
final class LeadListFields {
    static final String COLLECTION = "lead_list";
    static final String LEAD_ID = "leadId";
    static final String STAGE = "stage";
    static final String STATUS = "status";
    static final String OWNER_ID = "ownerId";
    static final String TEAM_ID = "teamId";
    static final String SOURCE = "source";
    static final String INDUSTRY = "industry";
    static final String REGION = "region";
    static final String CAMPAIGN = "campaign";
    static final String CONTACT_ROLE = "contactRole";
    static final String CREATED_AT = "createdAt";
    static final String OPPORTUNITY_ID = "opportunityId";

    private LeadListFields() {}
}
