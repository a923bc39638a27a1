package io.stageflow.opportunity.account.query.list;

/**
 * Names in the {@code account_list} collection, shared by its writer and its reader; the tenant,
 * version and update time are {@code kit.readmodel.Listings}'.
 */
final class AccountListFields {
    static final String COLLECTION = "account_list";
    static final String ACCOUNT_ID = "accountId";
    static final String NAME = "name";
    static final String INDUSTRY = "industry";
    static final String REGION = "region";
    static final String OWNER_ID = "ownerId";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String CUSTOMER_SINCE = "customerSince";
    static final String CHURNED_AT = "churnedAt";

    private AccountListFields() {}
}
