package io.stageflow.metrics.projection;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one Axon batch, turned into one change per journey when the batch ends. Opportunity
 * events after the opening do not name their lead: their journey comes from a link seen earlier in
 * the batch or, in one look-up per batch, from links stored by earlier batches. The opening always
 * precedes them (same key, same partition), so the link is known by the time they arrive.
 */
final class JourneyBatch {
    private static final Logger log = LoggerFactory.getLogger(JourneyBatch.class);

    private final List<SalesEvent> events = new ArrayList<>();
    private Instant lastRecordedAt;

    void add(SalesEvent event, Instant recordedAt) {
        events.add(event);
        if (lastRecordedAt == null || recordedAt.isAfter(lastRecordedAt)) {
            lastRecordedAt = recordedAt;
        }
    }

    /** @param storedLinks the journeys of opportunities linked in earlier batches, by opportunity */
    BatchChanges resolve(Function<Set<TenantScopedId>, Map<TenantScopedId, String>> storedLinks) {
        Map<TenantScopedId, String> links = new LinkedHashMap<>();
        events.forEach(event -> JourneyEvents.linkOf(event).ifPresent(l -> links.put(l.opportunity(), l.journeyId())));
        List<OpportunityLink> newLinks = links.entrySet().stream()
                .map(e -> new OpportunityLink(e.getKey(), e.getValue()))
                .toList();
        Set<TenantScopedId> unlinked = new HashSet<>();
        for (SalesEvent event : events) {
            if (JourneyEvents.journeyIdOf(event).isEmpty()) {
                unlinked.add(JourneyEvents.opportunityOf((OpportunityEvent) event));
            }
        }
        unlinked.removeAll(links.keySet());
        if (!unlinked.isEmpty()) {
            links.putAll(storedLinks.apply(unlinked));
        }
        Map<TenantScopedId, JourneyChanges> journeys = new LinkedHashMap<>();
        for (SalesEvent event : events) {
            TenantScopedId journey = new TenantScopedId(event.tenantId().value(), journeyIdOf(event, links));
            JourneyEvents.apply(event, journeys.computeIfAbsent(journey, JourneyChanges::new));
        }
        List<JourneyState> states =
                journeys.values().stream().map(JourneyChanges::state).toList();
        return new BatchChanges(states, newLinks, lastRecordedAt);
    }

    private static String journeyIdOf(SalesEvent event, Map<TenantScopedId, String> links) {
        return JourneyEvents.journeyIdOf(event).orElseGet(() -> {
            TenantScopedId opportunity = JourneyEvents.opportunityOf((OpportunityEvent) event);
            String journeyId = links.get(opportunity);
            if (journeyId == null) {
                // Only when the opening was rejected: keep the facts, as a journey of the opportunity alone.
                log.warn("No opening seen for opportunity {}; projecting it as its own journey", opportunity);
                return opportunity.id();
            }
            return journeyId;
        });
    }
}
