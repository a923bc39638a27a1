package io.stageflow.metrics.kpi;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Axon batch's lead and opportunity events for the funnel: journeys loaded once, each event
 * applied if its aggregate's sequence is new to the journey, the cells' share answered, and the
 * journeys saved after the cells are written (ADR 0005). A journey takes events from two topics,
 * so the processor must give both to one writer: it runs one segment (see ProjectionConfiguration).
 */
final class JourneyBatch {
    private static final Logger log = LoggerFactory.getLogger(JourneyBatch.class);

    private record Pending(SalesEvent event, long sequence, KafkaPosition position) {}

    private final JourneyStore store;
    private final List<Pending> events = new ArrayList<>();
    private final Map<AggregateKey, String> newLinks = new LinkedHashMap<>();
    private List<JourneyState> changed = List.of();

    JourneyBatch(JourneyStore store) {
        this.store = store;
    }

    void add(SalesEvent event, long sequence, KafkaPosition position) {
        if (event instanceof LeadEvent || event instanceof OpportunityEvent) {
            events.add(new Pending(event, sequence, position));
        }
    }

    List<Contribution> derive(TenantZones zones) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<AggregateKey, String> links = links();
        List<AggregateKey> journeyOf = events.stream()
                .map(pending -> journeyKeyOf(pending.event(), links))
                .toList();
        Map<AggregateKey, JourneyState> journeys = store.load(new LinkedHashSet<>(journeyOf));
        Set<JourneyState> touched = new LinkedHashSet<>();
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Pending pending = events.get(i);
            JourneyState journey = journeys.get(journeyOf.get(i));
            boolean lead = pending.event() instanceof LeadEvent;
            long applied = lead ? journey.leadSequence : journey.dealSequence;
            // Redelivered, or replayed after the journey was saved: its figures are in the cells already.
            if (pending.sequence() <= applied) {
                continue;
            }
            contributions.addAll(
                    JourneyFacts.apply(journey, pending.event(), pending.position(), zones.zoneOf(journey.tenant())));
            if (lead) {
                journey.leadSequence = pending.sequence();
            } else {
                journey.dealSequence = pending.sequence();
            }
            touched.add(journey);
        }
        changed = List.copyOf(touched);
        return contributions;
    }

    /** Saves the links and the journeys {@link #derive} changed; call after the cells are written. */
    void save() {
        store.save(newLinks, changed);
    }

    /** Opportunity-to-journey links: made in this batch, else stored by earlier ones. */
    private Map<AggregateKey, String> links() {
        Map<AggregateKey, String> links = new HashMap<>();
        Set<AggregateKey> unlinked = new HashSet<>();
        for (Pending pending : events) {
            if (pending.event() instanceof OpportunityOpened opened) {
                String journeyId = opened.leadId() != null
                        ? opened.leadId().value()
                        : opened.opportunityId().value();
                newLinks.put(opportunityKey(opened), journeyId);
            } else if (pending.event() instanceof LeadConverted converted) {
                newLinks.put(
                        new AggregateKey(
                                converted.tenantId().value(),
                                converted.opportunityId().value()),
                        converted.leadId().value());
            } else if (pending.event() instanceof OpportunityEvent deal) {
                unlinked.add(opportunityKey(deal));
            }
        }
        links.putAll(newLinks);
        unlinked.removeAll(links.keySet());
        if (!unlinked.isEmpty()) {
            links.putAll(store.journeyIdsOf(unlinked));
        }
        return links;
    }

    private static AggregateKey journeyKeyOf(SalesEvent event, Map<AggregateKey, String> links) {
        String tenant = event.tenantId().value();
        if (event instanceof LeadEvent lead) {
            return new AggregateKey(tenant, lead.leadId().value());
        }
        AggregateKey opportunity = opportunityKey((OpportunityEvent) event);
        String journeyId = links.get(opportunity);
        if (journeyId == null) {
            // Only when the opening was rejected: keep the facts, as a journey of the opportunity alone.
            log.warn("No opening seen for opportunity {}; counting it as its own journey", opportunity.documentId());
            return opportunity;
        }
        return new AggregateKey(tenant, journeyId);
    }

    private static AggregateKey opportunityKey(OpportunityEvent event) {
        return new AggregateKey(event.tenantId().value(), event.opportunityId().value());
    }
}
