package io.stageflow.kit.plan;

import static com.mongodb.client.model.Filters.eq;

import io.stageflow.kit.readmodel.ListPage;
import io.stageflow.kit.readmodel.Listings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * Reads the list of a service's figures. It trails the event store by a batch or so; a client that
 * must see its own write reads that figure by its key, which folds the event store.
 */
public class PlanLists {
    private final Listings listings;

    PlanLists(Listings listings) {
        this.listings = listings;
    }

    /** Most recently set first, like every list; each item {@code shown} as the service's API shows it. */
    public <T> ListPage<T> find(PlanListQuery query, Function<PlanListItem, T> shown) {
        List<Bson> filters = new ArrayList<>();
        query.keyFilters().forEach((part, value) -> filters.add(eq(PlanListDocuments.keyField(part), value)));
        if (query.period() != null) {
            filters.add(eq(PlanListDocuments.PERIOD, query.period().value()));
        }
        if (query.year() != null) {
            filters.add(eq(PlanListDocuments.YEAR, query.year()));
        }
        return listings.page(
                query.tenant(), filters, query.paging(), listing -> shown.apply(PlanListDocuments.item(listing)));
    }
}
