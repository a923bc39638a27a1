package io.stageflow.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.Money;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.support.SampleJourneys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amount, close-date and owner changes of an opportunity leave its journey, and so the funnel, as they were. */
class JourneyOfChangedOpportunitiesTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final TenantScopedId JOURNEY = new TenantScopedId("acme", "opp-1");
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
    private static final LocalDate CLOSE = LocalDate.parse("2026-06-30");

    private final InMemoryJourneyStore store = new InMemoryJourneyStore();

    private static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }

    private static List<SalesEvent> changes(int fromDay) {
        return List.of(
                new OpportunityAmountChanged(
                        TENANT,
                        OPPORTUNITY,
                        day(fromDay),
                        SampleJourneys.AMOUNT,
                        new Money(new BigDecimal("1"), "USD")),
                new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, day(fromDay), CLOSE, CLOSE.plusMonths(2)),
                new OpportunityReassigned(TENANT, OPPORTUNITY, day(fromDay), "rep-7", "team-2", "rep-9", "team-4"));
    }

    @Test
    void changesOfAnOpenOpportunityLeaveItsJourneyUnchanged() {
        project(List.of(
                new OpportunityOpened(
                        TENANT,
                        OPPORTUNITY,
                        START,
                        null,
                        "NEEDS_ANALYSIS",
                        SampleJourneys.AMOUNT,
                        SampleJourneys.DIMENSIONS,
                        CLOSE),
                new OpportunityStageChanged(TENANT, OPPORTUNITY, day(1), "NEEDS_ANALYSIS", "PROPOSAL")));
        JourneyState before = store.journeys.get(JOURNEY);

        project(changes(2));

        JourneyState after = store.journeys.get(JOURNEY);
        assertThat(after).isEqualTo(before);
        assertThat(after.furthestRank()).isEqualTo(Stage.PROPOSAL.rank());
        assertThat(after.dimensions()).isEqualTo(SampleJourneys.DIMENSIONS);
    }

    @Test
    void changesInTheBatchOfTheWinDoNotAlterTheWonAmountOrFunnel() {
        List<SalesEvent> events = new ArrayList<>();
        events.add(new OpportunityOpened(
                TENANT, OPPORTUNITY, START, null, "NEEDS_ANALYSIS", SampleJourneys.AMOUNT, SampleJourneys.DIMENSIONS));
        events.addAll(changes(1));
        events.add(new OpportunityWon(TENANT, OPPORTUNITY, day(3), "NEEDS_ANALYSIS", SampleJourneys.AMOUNT));

        project(events);

        JourneyState journey = store.journeys.get(JOURNEY);
        assertThat(journey.furthestRank()).isEqualTo(Stage.WON.rank());
        assertThat(journey.wonAt()).isEqualTo(day(3));
        assertThat(journey.wonAmount()).isEqualTo(SampleJourneys.AMOUNT);
        assertThat(journey.enteredAt()).containsOnlyKeys(Stage.NEEDS_ANALYSIS);
        assertThat(journey.exitedAt()).containsOnlyKeys(Stage.NEEDS_ANALYSIS);
    }

    private void project(List<SalesEvent> events) {
        JourneyBatch batch = new JourneyBatch();
        events.forEach(event -> batch.add(event, event.occurredAt()));
        store.write(batch.resolve(store::journeyIdsOf));
    }
}
