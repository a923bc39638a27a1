package io.stageflow.metrics.kpi;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Axon batch's lead and opportunity events for the funnel: links and journeys fetched once for
 * the batch, each event applied as it is handled if its aggregate's sequence is new to the journey
 * (a failing one leaves the journey as it was, ADR 0008), and the journeys saved after the cells are
 * written (ADR 0005). A journey takes events from two topics, so the processor must give both to one
 * writer: it runs one segment (see ProjectionConfiguration).
 */
final class JourneyBatch {
    private static final Logger log = LoggerFactory.getLogger(JourneyBatch.class);

    private final JourneyStore store;
    private final TenantZones zones;
    private final Map<AggregateKey, String> links = new HashMap<>();
    private final Map<AggregateKey, String> newLinks = new LinkedHashMap<>();
    private final BatchStates<JourneyState> journeys;
    private final Map<AggregateKey, List<Arrival>> applied = new HashMap<>();

    JourneyBatch(JourneyStore store, TenantZones zones) {
        this.store = store;
        this.zones = zones;
        this.journeys = new BatchStates<>(store::documents, JourneyStore::journeyOf);
    }

    private static boolean isJourneyEvent(SalesEvent event) {
        return event instanceof LeadEvent || event instanceof OpportunityEvent;
    }

    /**
     * Links every opportunity among {@code arrivals} to its journey (made in these events, else stored
     * by earlier batches) and fetches those journeys, in one query each.
     */
    void prepare(List<Arrival> arrivals) {
        Set<AggregateKey> unlinked = new HashSet<>();
        for (Arrival arrival : arrivals) {
            if (arrival.event() instanceof OpportunityOpened opened) {
                String journeyId = opened.leadId() != null
                        ? opened.leadId().value()
                        : opened.opportunityId().value();
                newLinks.put(opportunityKey(opened), journeyId);
            } else if (arrival.event() instanceof LeadConverted converted) {
                newLinks.put(
                        new AggregateKey(
                                converted.tenantId().value(),
                                converted.opportunityId().value()),
                        converted.leadId().value());
            } else if (arrival.event() instanceof OpportunityEvent deal) {
                unlinked.add(opportunityKey(deal));
            }
        }
        links.putAll(newLinks);
        unlinked.removeAll(links.keySet());
        if (!unlinked.isEmpty()) {
            links.putAll(store.journeyIdsOf(unlinked));
        }
        journeys.fetch(arrivals.stream()
                .filter(arrival -> isJourneyEvent(arrival.event()))
                .map(arrival -> journeyKeyOf(arrival.event(), false))
                .toList());
    }

    /**
     * Applies a lead or opportunity event to its journey; answers its share of the cells, none for
     * another kind of event or one applied before. If applying fails, the journey is as it was.
     */
    List<Contribution> apply(Arrival arrival) {
        if (!isJourneyEvent(arrival.event())) {
            return List.of();
        }
        AggregateKey key = journeyKeyOf(arrival.event(), true);
        JourneyState journey = journeys.get(key);
        if (arrival.sequence() <= sequenceOf(journey, arrival.event())) {
            return List.of();
        }
        try {
            List<Contribution> contributions = applyTo(journey, arrival);
            applied.computeIfAbsent(key, k -> new ArrayList<>()).add(arrival);
            return contributions;
        } catch (RuntimeException e) {
            rebuild(key);
            throw e;
        }
    }

    /** Takes {@code arrival} back if it was the last applied to its journey: another part of it failed. */
    void takeBack(Arrival arrival) {
        if (!isJourneyEvent(arrival.event())) {
            return;
        }
        AggregateKey key = journeyKeyOf(arrival.event(), false);
        List<Arrival> ofKey = applied.get(key);
        if (ofKey != null && !ofKey.isEmpty() && ofKey.get(ofKey.size() - 1) == arrival) {
            ofKey.remove(ofKey.size() - 1);
            rebuild(key);
        }
    }

    /** Saves the links and the journeys the batch changed; call after the cells are written. */
    void save() {
        List<JourneyState> changed = new ArrayList<>();
        applied.forEach((key, arrivals) -> {
            if (!arrivals.isEmpty()) {
                changed.add(journeys.get(key));
            }
        });
        store.save(newLinks, changed);
    }

    private List<Contribution> applyTo(JourneyState journey, Arrival arrival) {
        List<Contribution> contributions =
                JourneyFacts.apply(journey, arrival.event(), arrival.position(), zones.zoneOf(journey.tenant()));
        if (arrival.event() instanceof LeadEvent) {
            journey.leadSequence = arrival.sequence();
        } else {
            journey.dealSequence = arrival.sequence();
        }
        return contributions;
    }

    private static long sequenceOf(JourneyState journey, SalesEvent event) {
        return event instanceof LeadEvent ? journey.leadSequence : journey.dealSequence;
    }

    private void rebuild(AggregateKey key) {
        journeys.forget(key);
        JourneyState journey = journeys.get(key);
        applied.getOrDefault(key, List.of()).forEach(arrival -> applyTo(journey, arrival));
    }

    /** @param report whether to log an opportunity without a journey (once per event, when applied) */
    private AggregateKey journeyKeyOf(SalesEvent event, boolean report) {
        String tenant = event.tenantId().value();
        if (event instanceof LeadEvent lead) {
            return new AggregateKey(tenant, lead.leadId().value());
        }
        AggregateKey opportunity = opportunityKey((OpportunityEvent) event);
        String journeyId = links.get(opportunity);
        if (journeyId == null) {
            if (report) {
                log.warn(
                        "No opening seen for opportunity {}; counting it as its own journey", opportunity.documentId());
            }
            // Only when the opening was rejected: keep the facts, as a journey of the opportunity alone.
            return opportunity;
        }
        return new AggregateKey(tenant, journeyId);
    }

    private static AggregateKey opportunityKey(OpportunityEvent event) {
        return new AggregateKey(event.tenantId().value(), event.opportunityId().value());
    }
}
