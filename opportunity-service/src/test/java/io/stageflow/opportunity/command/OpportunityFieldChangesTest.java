package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing an opportunity's amount, expected close date and owner. */
class OpportunityFieldChangesTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final LocalDate CLOSE = LocalDate.parse("2026-06-30");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = OpportunityFixtures.fixture();
    }

    private static OpportunityOpened opened() {
        return new OpportunityOpened(TENANT, OPPORTUNITY, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS);
    }

    private static OpportunityOpened openedClosingBy(LocalDate date) {
        return new OpportunityOpened(TENANT, OPPORTUNITY, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS, date);
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    @Test
    void openingCarriesTheExpectedCloseDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(TENANT, OPPORTUNITY, null, AMOUNT.amount(), "EUR", DIMENSIONS, T0, CLOSE))
                .expectEvents(new OpportunityOpened(
                        TENANT,
                        OPPORTUNITY,
                        T0,
                        null,
                        "NEEDS_ANALYSIS",
                        AMOUNT,
                        DIMENSIONS,
                        CLOSE,
                        PipelineId.defaultFor(TENANT),
                        1,
                        null));
    }

    @Test
    void amountChangeKeepsCurrencyWhenOmitted() {
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, new BigDecimal("7500"), null, T1, null))
                .expectEvents(new OpportunityAmountChanged(TENANT, OPPORTUNITY, T1, AMOUNT, eur("7500")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void amountChangeMayChangeTheCurrency() {
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, new BigDecimal("5000"), "USD", T1, null))
                .expectEvents(new OpportunityAmountChanged(
                        TENANT, OPPORTUNITY, T1, AMOUNT, new Money(new BigDecimal("5000"), "USD")));
    }

    @Test
    void laterChangesStartFromTheChangedAmount() {
        fixture.given(opened(), new OpportunityAmountChanged(TENANT, OPPORTUNITY, T1, AMOUNT, eur("7500")))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T2, null))
                .expectEvents(new OpportunityWon(TENANT, OPPORTUNITY, T2, "NEEDS_ANALYSIS", eur("7500"), null, "web"));
    }

    @Test
    void unchangedAmountIsRejectedWhateverItsScale() {
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, new BigDecimal("5000.00"), "EUR", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void amountChangeRejectsNegativeAmountOrBadCurrency() {
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, new BigDecimal("-1"), null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, BigDecimal.TEN, "usd", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotChangeAmountOfWonOpportunity() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new ChangeOpportunityAmount(TENANT, OPPORTUNITY, BigDecimal.TEN, null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void firstCloseDateIsChangedFromNone() {
        fixture.given(opened())
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE, T1, null))
                .expectEvents(new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, T1, null, CLOSE));
    }

    @Test
    void slippedCloseDateRecordsBothDates() {
        fixture.given(openedClosingBy(CLOSE))
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE.plusMonths(1), T1, null))
                .expectEvents(new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, T1, CLOSE, CLOSE.plusMonths(1)));
    }

    @Test
    void unchangedCloseDateIsRejected() {
        fixture.given(opened(), new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, T1, null, CLOSE))
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void closeDateIsRequired() {
        fixture.given(opened())
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotMoveCloseDateOfLostOpportunity() {
        fixture.given(opened(), new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", null))
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reassignmentRecordsPreviousAndNewOwner() {
        fixture.given(opened())
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, " rep-9 ", "team-4", T1, null))
                .expectEvents(new OpportunityReassigned(TENANT, OPPORTUNITY, T1, "rep-7", "team-3", "rep-9", "team-4"));
    }

    @Test
    void reassignmentStartsFromTheLatestOwner() {
        fixture.given(
                        opened(),
                        new OpportunityReassigned(TENANT, OPPORTUNITY, T1, "rep-7", "team-3", "rep-9", "team-4"))
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, "rep-9", "team-5", T2, null))
                .expectEvents(new OpportunityReassigned(TENANT, OPPORTUNITY, T2, "rep-9", "team-4", "rep-9", "team-5"));
    }

    @Test
    void reassigningToTheCurrentOwnerAndTeamIsRejected() {
        fixture.given(opened())
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, "rep-7", "team-3", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reassignmentNeedsOwnerAndTeam() {
        fixture.given(opened())
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, " ", "team-4", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, "rep-9", "t".repeat(201), T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotReassignWonOpportunity() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, "rep-9", "team-4", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void changesCannotBeBackdatedBeforeThePreviousChange() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"))
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE, T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void staleIfMatchStoresNothing() {
        fixture.given(opened(), new OpportunityAmountChanged(TENANT, OPPORTUNITY, T1, AMOUNT, eur("7500")))
                .when(new ReassignOpportunity(TENANT, OPPORTUNITY, "rep-9", "team-4", T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void currentIfMatchAnswersWithTheNextVersion() {
        fixture.given(opened(), new OpportunityAmountChanged(TENANT, OPPORTUNITY, T1, AMOUNT, eur("7500")))
                .when(new ChangeExpectedCloseDate(TENANT, OPPORTUNITY, CLOSE, T2, 1L))
                .expectEvents(new OpportunityCloseDateChanged(TENANT, OPPORTUNITY, T2, null, CLOSE))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anotherTenantsOpportunityLooksMissing() {
        fixture.given(opened())
                .when(new ChangeOpportunityAmount(OTHER_TENANT, OPPORTUNITY, BigDecimal.TEN, null, T1, 0L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ChangeExpectedCloseDate(OTHER_TENANT, OPPORTUNITY, CLOSE, T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ReassignOpportunity(OTHER_TENANT, OPPORTUNITY, "rep-9", "team-4", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
