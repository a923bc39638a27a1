package io.stageflow.metrics.support;

import io.stageflow.events.Dimensions;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the events of one journey in the order the services would emit them: a lead that moves as
 * far as {@code furthest} (then is disqualified, won or lost), one day per step.
 */
public final class SampleJourneys {
    public static final Dimensions DIMENSIONS = new Dimensions("webinar", "software", "EMEA", "rep-7", "team-2");
    public static final Money AMOUNT = new Money(new BigDecimal("12500.50"), "EUR");
    private static final URI SOURCE = URI.create("/stageflow/test");
    private static final String[] OPPORTUNITY_STAGES = {"NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION"};

    private SampleJourneys() {}

    public enum End {
        OPEN,
        WON,
        LOST
    }

    /**
     * @param furthest 0 = NEW, 1 = CONTACTED, 2 = converted into NEEDS_ANALYSIS, ... 5 = NEGOTIATION
     * @param end what happens after the furthest stage (WON/LOST only for converted journeys)
     */
    public static List<EventEnvelope> journey(TenantId tenant, String leadKey, Instant start, int furthest, End end) {
        LeadId lead = new LeadId(leadKey);
        OpportunityId opportunity = new OpportunityId("opp-" + leadKey);
        List<SalesEvent> leadEvents = new ArrayList<>();
        List<SalesEvent> opportunityEvents = new ArrayList<>();
        Instant at = start;
        leadEvents.add(new LeadCreated(tenant, lead, at, "NEW", DIMENSIONS));
        if (furthest >= 1) {
            at = at.plus(Duration.ofDays(1));
            leadEvents.add(new LeadStageChanged(tenant, lead, at, "NEW", "CONTACTED"));
        }
        if (furthest < 2) {
            if (end != End.OPEN) {
                at = at.plus(Duration.ofDays(1));
                leadEvents.add(
                        new LeadDisqualified(tenant, lead, at, furthest == 0 ? "NEW" : "CONTACTED", "no budget"));
            }
            return envelopes(leadEvents);
        }
        at = at.plus(Duration.ofDays(1));
        leadEvents.add(new LeadConverted(tenant, lead, at, "CONTACTED", opportunity, AMOUNT, DIMENSIONS));
        opportunityEvents.add(
                new OpportunityOpened(tenant, opportunity, at, lead, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS));
        int stage = 0;
        while (stage + 2 < furthest) {
            at = at.plus(Duration.ofDays(2));
            opportunityEvents.add(new OpportunityStageChanged(
                    tenant, opportunity, at, OPPORTUNITY_STAGES[stage], OPPORTUNITY_STAGES[stage + 1]));
            stage++;
        }
        at = at.plus(Duration.ofDays(3));
        if (end == End.WON) {
            opportunityEvents.add(new OpportunityWon(tenant, opportunity, at, OPPORTUNITY_STAGES[stage], AMOUNT));
        } else if (end == End.LOST) {
            opportunityEvents.add(
                    new OpportunityLost(tenant, opportunity, at, OPPORTUNITY_STAGES[stage], "price", null));
        }
        List<EventEnvelope> all = new ArrayList<>(envelopes(leadEvents));
        all.addAll(envelopes(opportunityEvents));
        return all;
    }

    /**
     * {@code count} journeys of every shape, an hour apart from {@code start}: stopped at each stage
     * in turn, and of those converted, every third won and every third lost. Wins among them:
     * {@link #winsAmong}.
     */
    public static List<EventEnvelope> mixedJourneys(TenantId tenant, String prefix, Instant start, int count) {
        List<EventEnvelope> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int furthest = i % 6;
            End end = furthest < 2 ? End.OPEN : End.values()[i % 3];
            all.addAll(journey(tenant, prefix + i, start.plus(Duration.ofHours(i)), furthest, end));
        }
        return all;
    }

    public static int winsAmong(int count) {
        int wins = 0;
        for (int i = 0; i < count; i++) {
            if (i % 6 >= 2 && End.values()[i % 3] == End.WON) {
                wins++;
            }
        }
        return wins;
    }

    /** Version 1 of the tenant's default pipeline, as opportunity-service records it on first use. */
    public static List<EventEnvelope> defaultPipeline(TenantId tenant) {
        return envelopes(List.of(new PipelineDefined(
                tenant,
                PipelineId.defaultFor(tenant),
                Instant.parse("2026-01-01T00:00:00Z"),
                1,
                "Default",
                List.of(
                        new PipelineStage("NEEDS_ANALYSIS", 10, List.of()),
                        new PipelineStage("PROPOSAL", 30, List.of()),
                        new PipelineStage("QUOTE", 60, List.of()),
                        new PipelineStage("NEGOTIATION", 80, List.of())),
                "PROPOSAL",
                null)));
    }

    /** Sequences each aggregate's events from 0, as its event store would. */
    public static List<EventEnvelope> envelopes(List<SalesEvent> events) {
        return envelopes(events, 0);
    }

    /** Later events of one aggregate, sequenced from {@code first}. */
    public static List<EventEnvelope> envelopes(List<SalesEvent> events, int first) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int sequence = first; sequence < first + events.size(); sequence++) {
            SalesEvent event = events.get(sequence - first);
            envelopes.add(new EventEnvelope(
                    UUID.randomUUID().toString(),
                    EventType.of(event),
                    SOURCE,
                    event.tenantId(),
                    sequence,
                    event.occurredAt().plusSeconds(1),
                    event));
        }
        return envelopes;
    }
}
