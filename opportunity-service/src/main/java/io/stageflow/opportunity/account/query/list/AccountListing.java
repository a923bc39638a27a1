package io.stageflow.opportunity.account.query.list;

import static io.stageflow.opportunity.account.query.list.AccountListFields.ACCOUNT_ID;
import static io.stageflow.opportunity.account.query.list.AccountListFields.CHURNED_AT;
import static io.stageflow.opportunity.account.query.list.AccountListFields.CREATED_AT;
import static io.stageflow.opportunity.account.query.list.AccountListFields.CUSTOMER_SINCE;
import static io.stageflow.opportunity.account.query.list.AccountListFields.INDUSTRY;
import static io.stageflow.opportunity.account.query.list.AccountListFields.NAME;
import static io.stageflow.opportunity.account.query.list.AccountListFields.OWNER_ID;
import static io.stageflow.opportunity.account.query.list.AccountListFields.REGION;
import static io.stageflow.opportunity.account.query.list.AccountListFields.STATUS;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.kit.readmodel.ListingUpdate;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * What one event changes in its account's listing. Accounts change a few times a year, so a batch
 * writes one update per event, in order, rather than folding them; the kit's version guard makes
 * each apply once. A purchase leaves the status alone, like it does in the account's own view.
 */
final class AccountListing {
    private AccountListing() {}

    static ListingUpdate of(AccountEvent event, long sequence, Instant recordedAt) {
        Document fields = new Document();
        if (event instanceof AccountCreated created) {
            fields.append(ACCOUNT_ID, created.accountId().value())
                    .append(NAME, created.name())
                    .append(INDUSTRY, created.industry())
                    .append(REGION, created.region())
                    .append(OWNER_ID, created.ownerId())
                    .append(STATUS, AccountStatus.PROSPECT.name())
                    .append(CREATED_AT, Date.from(created.occurredAt()));
        } else if (event instanceof AccountBecameCustomer customer) {
            fields.append(STATUS, AccountStatus.CUSTOMER.name())
                    .append(CUSTOMER_SINCE, Date.from(customer.occurredAt()))
                    .append(CHURNED_AT, null);
        } else if (event instanceof AccountChurned churned) {
            fields.append(STATUS, AccountStatus.CHURNED.name()).append(CHURNED_AT, Date.from(churned.occurredAt()));
        }
        // Purchases and renewals change no listed field; they still make the account recently changed.
        return new ListingUpdate(
                event.tenantId(),
                event.accountId().value(),
                sequence,
                recordedAt,
                event instanceof AccountCreated,
                fields);
    }
}
