package io.stageflow.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyBatchTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
    private static final TenantScopedId JOURNEY = new TenantScopedId("acme", "lead-1");

    private final InMemoryJourneyStore store = new InMemoryJourneyStore();

    @Test
    void wonJourneyReachedEveryStageAndRecordsEachVisit() {
        project(events(wonJourney()));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.startedAt()).isEqualTo(START);
        assertThat(journey.furthestRank()).isEqualTo(Stage.WON.rank());
        assertThat(journey.wonAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(journey.wonAmount()).isEqualTo(SampleJourneys.AMOUNT);
        assertThat(journey.dimensions()).isEqualTo(SampleJourneys.DIMENSIONS);
        assertThat(journey.enteredAt())
                .containsEntry(Stage.NEW, START)
                .containsEntry(Stage.NEEDS_ANALYSIS, START.plus(Duration.ofDays(2)))
                .containsEntry(Stage.PROPOSAL, START.plus(Duration.ofDays(4)));
        assertThat(journey.exitedAt())
                .containsEntry(Stage.CONTACTED, START.plus(Duration.ofDays(2)))
                .containsEntry(Stage.PROPOSAL, START.plus(Duration.ofDays(7)));
        assertThat(store.journeys).hasSize(1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<SalesEvent> events = events(wonJourney());
        project(events);
        JourneyState once = store.journeys.get(JOURNEY);

        project(events);
        project(events.subList(2, 5));

        assertThat(store.journeys.get(JOURNEY)).isEqualTo(once);
    }

    @Test
    void resultDependsNeitherOnHowTopicsInterleaveNorOnBatchBoundaries() {
        List<EventEnvelope> journey = wonJourney();
        project(events(journey));
        JourneyState expected = store.journeys.get(JOURNEY);
        List<SalesEvent> leadTopic = events(journey.subList(0, 3));
        List<SalesEvent> opportunityTopic = events(journey.subList(3, journey.size()));
        Random random = new Random(7);

        for (int run = 0; run < 200; run++) {
            InMemoryJourneyStore fresh = new InMemoryJourneyStore();
            List<SalesEvent> interleaved = interleave(leadTopic, opportunityTopic, random);
            int from = 0;
            while (from < interleaved.size()) {
                int to = from + 1 + random.nextInt(interleaved.size() - from);
                project(fresh, interleaved.subList(from, to));
                from = to;
            }
            assertThat(fresh.journeys).containsOnlyKeys(JOURNEY);
            assertThat(fresh.journeys.get(JOURNEY)).isEqualTo(expected);
        }
    }

    @Test
    void opportunityWonBeforeItsLeadWasCreatedStillCountsFromTheLeadsStart() {
        List<EventEnvelope> journey = wonJourney();
        project(events(journey.subList(3, journey.size())));
        assertThat(store.journeys.get(JOURNEY).startedAt())
                .as("start unknown until the lead arrives")
                .isNull();

        project(events(journey.subList(0, 3)));

        assertThat(store.journeys.get(JOURNEY).startedAt()).isEqualTo(START);
        assertThat(store.journeys.get(JOURNEY).furthestRank()).isEqualTo(Stage.WON.rank());
    }

    @Test
    void laterOpportunityEventsFindTheirJourneyThroughTheLinkStoredByAnEarlierBatch() {
        List<EventEnvelope> journey = wonJourney();
        project(events(journey.subList(0, 4)));
        Set<TenantScopedId> lookedUp = new HashSet<>();

        JourneyBatch batch = new JourneyBatch();
        events(journey.subList(4, journey.size())).forEach(e -> batch.add(e, e.occurredAt()));
        store.write(batch.resolve(ids -> {
            lookedUp.addAll(ids);
            return store.journeyIdsOf(ids);
        }));

        assertThat(lookedUp).containsExactly(new TenantScopedId("acme", "opp-lead-1"));
        assertThat(store.journeys).containsOnlyKeys(JOURNEY);
        assertThat(store.journeys.get(JOURNEY).furthestRank()).isEqualTo(Stage.WON.rank());
    }

    @Test
    void opportunityOpenedWithoutLeadStartsItsOwnJourneyInNeedsAnalysis() {
        OpportunityId opportunity = new OpportunityId("direct-1");
        project(List.of(
                new OpportunityOpened(
                        TENANT, opportunity, START, null, "NEEDS_ANALYSIS", null, SampleJourneys.DIMENSIONS),
                new OpportunityWon(
                        TENANT, opportunity, START.plusSeconds(60), "NEEDS_ANALYSIS", SampleJourneys.AMOUNT)));

        JourneyState journey = store.journeys.get(new TenantScopedId("acme", "direct-1"));
        assertThat(journey.startedAt()).isEqualTo(START);
        assertThat(journey.enteredAt()).containsOnlyKeys(Stage.NEEDS_ANALYSIS);
        assertThat(journey.furthestRank()).isEqualTo(Stage.WON.rank());
    }

    @Test
    void stageNamesOutsideThePipelineAreIgnored() {
        project(List.of(new LeadStageChanged(TENANT, new LeadId("lead-1"), START, "NEW", "需求分析")));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.exitedAt()).containsOnlyKeys(Stage.NEW);
        assertThat(journey.enteredAt()).isEmpty();
        assertThat(journey.furthestRank()).isEqualTo(Stage.NEW.rank());
    }

    private void project(List<SalesEvent> events) {
        project(store, events);
    }

    private static void project(InMemoryJourneyStore target, List<SalesEvent> events) {
        JourneyBatch batch = new JourneyBatch();
        events.forEach(event -> batch.add(event, event.occurredAt()));
        target.write(batch.resolve(target::journeyIdsOf));
    }

    /** Lead created, contacted, converted; opportunity opened, to PROPOSAL, won: three lead and three opportunity events. */
    private static List<EventEnvelope> wonJourney() {
        return SampleJourneys.journey(TENANT, "lead-1", START, 3, End.WON);
    }

    private static List<SalesEvent> events(List<EventEnvelope> envelopes) {
        return envelopes.stream().map(EventEnvelope::event).toList();
    }

    /** A random merge of two topics that keeps each topic's own order, as a consumer may see them. */
    private static List<SalesEvent> interleave(List<SalesEvent> a, List<SalesEvent> b, Random random) {
        List<SalesEvent> merged = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean takeA = j == b.size() || (i < a.size() && random.nextBoolean());
            merged.add(takeA ? a.get(i++) : b.get(j++));
        }
        return merged;
    }
}
