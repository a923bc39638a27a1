package io.stageflow.lead.query.list;

import io.stageflow.events.LeadEvent;
import io.stageflow.kit.readmodel.ListingUpdate;
import io.stageflow.kit.readmodel.Listings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of one processor batch, grouped by lead, until the batch's last message writes them. */
final class LeadListBatch {
    private final Map<String, List<ListedLeadEvent>> byLead = new LinkedHashMap<>();

    void add(LeadEvent event, long sequence, Instant recordedAt) {
        byLead.computeIfAbsent(
                        Listings.documentId(event.tenantId(), event.leadId().value()), id -> new ArrayList<>())
                .add(new ListedLeadEvent(event, sequence, recordedAt));
    }

    /** One update per lead touched by the batch. */
    List<ListingUpdate> updates() {
        return byLead.values().stream().map(LeadListing::fold).toList();
    }
}
