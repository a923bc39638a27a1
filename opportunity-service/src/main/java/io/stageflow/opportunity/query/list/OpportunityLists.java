package io.stageflow.opportunity.query.list;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import io.stageflow.kit.readmodel.Listings;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads the list read model. It trails the event store by a batch or so: a client that must see its
 * own write reads that opportunity by id instead, which folds the event store.
 */
public class OpportunityLists {
    private final MongoCollection<Document> listings;

    OpportunityLists(MongoCollection<Document> listings) {
        this.listings = listings;
    }

    /** Most recently changed first; the id breaks ties so that pages never overlap or skip. */
    public OpportunityListPage find(OpportunityListQuery query) {
        Bson filter = filterOf(query);
        long total = listings.countDocuments(filter);
        long skip = (long) query.page() * query.size();
        List<OpportunityListItem> items = new ArrayList<>();
        if (skip < total) {
            listings.find(filter)
                    .sort(Sorts.orderBy(Sorts.descending(ListingFields.UPDATED_AT), Sorts.ascending(ListingFields.ID)))
                    .skip((int) skip)
                    .limit(query.size())
                    .forEach(listing -> items.add(ListingDocuments.item(listing)));
        }
        return new OpportunityListPage(List.copyOf(items), query.page(), query.size(), total);
    }

    private static Bson filterOf(OpportunityListQuery query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(ListingFields.TENANT, query.tenant().value()));
        if (query.visible() != null) {
            filters.add(Listings.visibleTo(query.visible(), ListingFields.OWNER_ID, ListingFields.TEAM_ID));
        }
        if (query.owner() != null) {
            filters.add(eq(ListingFields.OWNER_ID, query.owner()));
        }
        if (query.team() != null) {
            filters.add(eq(ListingFields.TEAM_ID, query.team()));
        }
        if (query.stage() != null) {
            filters.add(eq(ListingFields.STAGE, query.stage()));
        }
        if (query.pipeline() != null) {
            filters.add(eq(ListingFields.PIPELINE_ID, query.pipeline().value()));
        }
        if (query.status() != null) {
            filters.add(eq(ListingFields.STATUS, query.status().name()));
        }
        if (query.updatedSince() != null) {
            filters.add(gte(ListingFields.UPDATED_AT, Date.from(query.updatedSince())));
        }
        return and(filters);
    }
}
