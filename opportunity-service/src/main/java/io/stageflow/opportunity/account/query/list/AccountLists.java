package io.stageflow.opportunity.account.query.list;

import static com.mongodb.client.model.Filters.eq;

import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.readmodel.Listings;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * Reads the account list. It trails the event store by a batch or so: a client that must see its
 * own write reads that account by id instead, which folds the event store.
 */
public class AccountLists {
    private final Listings listings;

    AccountLists(Listings listings) {
        this.listings = listings;
    }

    /** Most recently changed first. */
    public ListPage<AccountListItem> find(AccountListQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(eq(AccountListFields.STATUS, query.status().name()));
        }
        if (query.owner() != null) {
            filters.add(eq(AccountListFields.OWNER_ID, query.owner()));
        }
        return listings.page(query.tenant(), filters, query.paging(), AccountListItem::of);
    }
}
