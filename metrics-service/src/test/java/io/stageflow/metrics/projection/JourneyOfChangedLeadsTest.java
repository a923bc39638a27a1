package io.stageflow.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.metrics.support.SampleJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes after a lead's creation: reassigning and reopening leave its journey, and so the funnel, as
 * they were (for now); a back-dated stage correction counts as the move it records, at its true time.
 */
class JourneyOfChangedLeadsTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final TenantScopedId JOURNEY = new TenantScopedId("acme", "lead-1");
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");

    private final InMemoryJourneyStore store = new InMemoryJourneyStore();

    private static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }

    @Test
    void reassignmentLeavesTheJourneyAndItsCreationDimensionsUnchanged() {
        project(List.of(
                new LeadCreated(TENANT, LEAD, START, "NEW", SampleJourneys.DIMENSIONS),
                new LeadStageChanged(TENANT, LEAD, day(1), "NEW", "CONTACTED")));
        JourneyState before = store.journeys.get(JOURNEY);

        project(List.of(new LeadReassigned(TENANT, LEAD, day(2), "rep-7", "team-2", "rep-9", "team-4")));

        assertThat(store.journeys.get(JOURNEY)).isEqualTo(before);
        assertThat(store.journeys.get(JOURNEY).dimensions().ownerId()).isEqualTo("rep-7");
    }

    @Test
    void reopeningLeavesTheJourneyUnchangedAndKeepsTheFirstDisqualification() {
        project(List.of(
                new LeadCreated(TENANT, LEAD, START, "NEW", SampleJourneys.DIMENSIONS),
                new LeadDisqualified(TENANT, LEAD, day(1), "NEW", "no budget")));
        JourneyState before = store.journeys.get(JOURNEY);

        project(List.of(new LeadReopened(TENANT, LEAD, day(2), "NEW")));

        assertThat(store.journeys.get(JOURNEY)).isEqualTo(before);
        assertThat(before.disqualifiedAt()).isEqualTo(day(1));
        assertThat(before.furthestRank()).isEqualTo(Stage.NEW.rank());
    }

    @Test
    void aReopenedLeadMovingOnReachesFurtherInTheFunnel() {
        project(List.of(
                new LeadCreated(TENANT, LEAD, START, "NEW", SampleJourneys.DIMENSIONS),
                new LeadDisqualified(TENANT, LEAD, day(1), "NEW", "no budget"),
                new LeadReopened(TENANT, LEAD, day(2), "NEW"),
                new LeadStageChanged(TENANT, LEAD, day(3), "NEW", "CONTACTED")));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.furthestRank()).isEqualTo(Stage.CONTACTED.rank());
        assertThat(journey.enteredAt()).containsEntry(Stage.CONTACTED, day(3));
        assertThat(journey.exitedAt()).containsEntry(Stage.NEW, day(3));
        assertThat(journey.disqualifiedAt()).isEqualTo(day(1));
    }

    @Test
    void aBatchOfOnlyTheseEventsContributesNothing() {
        project(List.of(
                new LeadReassigned(TENANT, LEAD, day(1), "rep-7", "team-2", "rep-9", "team-4"),
                new LeadReopened(TENANT, LEAD, day(2), "CONTACTED")));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.furthestRank()).isEqualTo(-1);
        assertThat(journey.startedAt()).isNull();
        assertThat(journey.dimensions()).isNull();
        assertThat(journey.disqualifiedAt()).isNull();
        assertThat(journey.enteredAt()).isEmpty();
        assertThat(journey.exitedAt()).isEmpty();
    }

    @Test
    void aCorrectedLeadMoveEntersTheStageAtItsTrueTime() {
        project(List.of(
                new LeadCreated(TENANT, LEAD, START, "NEW", SampleJourneys.DIMENSIONS),
                new LeadReassigned(TENANT, LEAD, day(3), "rep-7", "team-2", "rep-9", "team-4")));
        project(List.of(new LeadStageCorrected(TENANT, LEAD, day(1), "NEW", "CONTACTED", "logged late")));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.furthestRank()).isEqualTo(Stage.CONTACTED.rank());
        assertThat(journey.enteredAt()).containsEntry(Stage.CONTACTED, day(1));
        assertThat(journey.exitedAt()).containsEntry(Stage.NEW, day(1));
    }

    @Test
    void theCorrectionCountsTheSameWhicheverOrderTheEventsArriveIn() {
        project(List.of(new LeadStageCorrected(TENANT, LEAD, day(1), "NEW", "CONTACTED", "logged late")));
        project(List.of(new LeadCreated(TENANT, LEAD, START, "NEW", SampleJourneys.DIMENSIONS)));

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.startedAt()).isEqualTo(START);
        assertThat(journey.enteredAt()).containsEntry(Stage.NEW, START).containsEntry(Stage.CONTACTED, day(1));
    }

    private void project(List<SalesEvent> events) {
        JourneyBatch batch = new JourneyBatch();
        events.forEach(event -> batch.add(event, event.occurredAt()));
        store.write(batch.resolve(store::journeyIdsOf));
    }
}
