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

import io.stageflow.events.ids.AccountId;
import io.stageflow.kit.readmodel.Listings;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * One account in a list. {@code createdAt}, {@code customerSince} and {@code churnedAt} are business
 * times (the last two null when they do not apply); {@code updatedAt} is when the service recorded
 * the account's last change and {@code version} that change's sequence.
 */
public record AccountListItem(
        AccountId accountId,
        String name,
        String industry,
        String region,
        String ownerId,
        AccountStatus status,
        Instant createdAt,
        Instant customerSince,
        Instant churnedAt,
        Instant updatedAt,
        long version) {

    static AccountListItem of(Document listing) {
        return new AccountListItem(
                new AccountId(listing.getString(ACCOUNT_ID)),
                listing.getString(NAME),
                listing.getString(INDUSTRY),
                listing.getString(REGION),
                listing.getString(OWNER_ID),
                AccountStatus.valueOf(listing.getString(STATUS)),
                instant(listing, CREATED_AT),
                instant(listing, CUSTOMER_SINCE),
                instant(listing, CHURNED_AT),
                Listings.updatedAt(listing),
                Listings.version(listing));
    }

    private static Instant instant(Document listing, String field) {
        Date date = listing.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
