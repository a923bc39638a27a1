package io.stageflow.opportunity.query.list;

import io.stageflow.events.OpportunityEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of one processor batch, grouped by listing, until the batch's last message writes them. */
final class ListingBatch {
    private final Map<String, List<ListedEvent>> byListing = new LinkedHashMap<>();

    void add(OpportunityEvent event, long sequence, Instant recordedAt) {
        byListing
                .computeIfAbsent(
                        ListingFields.documentId(event.tenantId(), event.opportunityId()), id -> new ArrayList<>())
                .add(new ListedEvent(event, sequence, recordedAt));
    }

    /** One change per opportunity touched by the batch. */
    List<ListingChange> changes() {
        return byListing.values().stream().map(ListingChange::fold).toList();
    }
}
