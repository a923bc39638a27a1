package io.stageflow.lead.query.list;

import static com.mongodb.client.model.Filters.eq;

import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.readmodel.Listings;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * Reads the lead list. It trails the event store by a batch or so: a client that must see its own
 * write reads that lead by id instead, which folds the event store.
 */
public class LeadLists {
    private final Listings listings;

    LeadLists(Listings listings) {
        this.listings = listings;
    }

    /** Most recently changed first. */
    public ListPage<LeadListItem> find(LeadListQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.visible() != null) {
            filters.add(Listings.visibleTo(query.visible(), LeadListFields.OWNER_ID, LeadListFields.TEAM_ID));
        }
        addEqual(filters, LeadListFields.OWNER_ID, query.owner());
        addEqual(filters, LeadListFields.TEAM_ID, query.team());
        addEqual(
                filters,
                LeadListFields.STAGE,
                query.stage() == null ? null : query.stage().name());
        addEqual(
                filters,
                LeadListFields.STATUS,
                query.status() == null ? null : query.status().name());
        addEqual(filters, LeadListFields.SOURCE, query.source());
        addEqual(filters, LeadListFields.CAMPAIGN, query.campaign());
        if (query.updatedSince() != null) {
            filters.add(Listings.updatedSince(query.updatedSince()));
        }
        return listings.page(query.tenant(), filters, query.paging(), LeadListItem::of);
    }

    private static void addEqual(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(eq(field, value));
        }
    }
}
