package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpportunityTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final PipelineId DEFAULT = PipelineId.defaultFor(TENANT);

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = OpportunityFixtures.fixture();
    }

    /** As recorded before pipelines existed: on version 1 of the default pipeline. */
    private static OpportunityOpened opened() {
        return new OpportunityOpened(TENANT, OPPORTUNITY, T0, LEAD, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS);
    }

    private static OpportunityOpened openedOnDefault(LeadId lead) {
        return new OpportunityOpened(
                TENANT, OPPORTUNITY, T0, lead, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS, null, DEFAULT, 1, null);
    }

    private static OpenOpportunity openFromLead() {
        return new OpenOpportunity(TENANT, OPPORTUNITY, LEAD, AMOUNT.amount(), "EUR", DIMENSIONS, T0);
    }

    @Test
    void openedOpportunityStartsInNeedsAnalysis() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(TENANT, OPPORTUNITY, null, AMOUNT.amount(), "EUR", DIMENSIONS, T0))
                .expectEvents(openedOnDefault(null));
    }

    @Test
    void openingFromALeadCarriesTheLeadId() {
        fixture.givenNoPriorActivity().when(openFromLead()).expectEvents(openedOnDefault(LEAD));
    }

    @Test
    void reopeningAConvertedLeadsOpportunityChangesNothing() {
        fixture.given(opened())
                .when(openFromLead())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reopeningWithoutALeadIsAConflict() {
        fixture.given(opened())
                .when(new OpenOpportunity(TENANT, OPPORTUNITY, null, AMOUNT.amount(), "EUR", DIMENSIONS, T0))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotReuseAnOpportunityId() {
        fixture.given(opened())
                .when(new OpenOpportunity(OTHER_TENANT, OPPORTUNITY, LEAD, AMOUNT.amount(), "EUR", DIMENSIONS, T0))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void openingRejectsNegativeAmountOrBadCurrency() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(TENANT, OPPORTUNITY, null, new BigDecimal("-1"), "EUR", DIMENSIONS, T0))
                .expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(TENANT, OPPORTUNITY, null, BigDecimal.ONE, "Euro", DIMENSIONS, T0))
                .expectException(InvalidCommand.class);
    }

    @Test
    void forwardMovesMaySkipStages() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "QUOTE", T1, null))
                .expectEvents(
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"),
                        // Skipping past the qualifying stage (PROPOSAL) qualifies as well.
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, DEFAULT, 1, "QUOTE"));
    }

    @Test
    void backwardMovesAreRecordedAndDoNotUnqualify() {
        fixture.given(
                        opened(),
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, DEFAULT, 1, "QUOTE"))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "NEEDS_ANALYSIS", T2, null))
                .expectEvents(new OpportunityStageChanged(TENANT, OPPORTUNITY, T2, "QUOTE", "NEEDS_ANALYSIS"));
    }

    @Test
    void qualificationIsRecordedOnce() {
        fixture.given(
                        opened(),
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "PROPOSAL"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, DEFAULT, 1, "PROPOSAL"),
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "PROPOSAL", "NEEDS_ANALYSIS"))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T2, null))
                .expectEvents(new OpportunityStageChanged(TENANT, OPPORTUNITY, T2, "NEEDS_ANALYSIS", "PROPOSAL"));
    }

    @Test
    void cannotMoveToTheCurrentStage() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "NEEDS_ANALYSIS", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void unknownStageIsInvalid() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "DISCOVERY", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void wonIsAnOutcomeNotAStageToMoveTo() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "WON", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotBackdateBeforeThePreviousChange() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void winWithoutAmountKeepsTheCurrentAmountAndCarriesTheLeadSource() {
        fixture.given(opened())
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T1, null))
                .expectEvents(new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT, null, "web"));
    }

    @Test
    void winForAFinalAmountKeepsTheCurrency() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "NEGOTIATION"))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, new BigDecimal("4200"), T2, null))
                .expectEvents(new OpportunityWon(
                        TENANT, OPPORTUNITY, T2, "NEGOTIATION", new Money(new BigDecimal("4200"), "EUR"), null, "web"));
    }

    @Test
    void winRejectsNegativeAmount() {
        fixture.given(opened())
                .when(new WinOpportunity(TENANT, OPPORTUNITY, new BigDecimal("-5"), T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void lostRecordsReasonAndCompetitor() {
        fixture.given(opened())
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, "price", "Initech", T1, null))
                .expectEvents(new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", "Initech"));
    }

    @Test
    void blankCompetitorMeansNone() {
        fixture.given(opened())
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, "no decision", " ", T1, null))
                .expectEvents(new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "no decision", null));
    }

    @Test
    void loseRequiresReason() {
        fixture.given(opened())
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, null, null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotMoveLostOpportunity() {
        fixture.given(opened(), new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", null))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotWinTwice() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLoseWonOpportunity() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, "price", null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantsOpportunityLooksMissing() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(OTHER_TENANT, OPPORTUNITY, "PROPOSAL", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new WinOpportunity(OTHER_TENANT, OPPORTUNITY, null, T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new LoseOpportunity(OTHER_TENANT, OPPORTUNITY, "price", null, T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void openingAnswersWithTheFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(openFromLead())
                .expectEvents(openedOnDefault(LEAD))
                .expectResultMessagePayload(0L);
    }

    @Test
    void reopeningAnswersWithTheUnchangedVersion() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"))
                .when(openFromLead())
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void commandOnTheCurrentVersionAnswersWithTheNextOne() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T2, 1L))
                .expectEvents(new OpportunityWon(TENANT, OPPORTUNITY, T2, "QUOTE", AMOUNT, null, "web"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void commandOnAStaleVersionIsRejectedWithTheCurrentOne() {
        fixture.given(opened(), new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"))
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, "price", null, T2, 0L))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(ConflictingAggregateVersionException.class),
                        Matchers.hasProperty("actualVersion", Matchers.is(1L))))
                .expectNoEvents();
    }

    @Test
    void commandOnAVersionTheOpportunityNeverHadIsRejected() {
        fixture.given(opened())
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, 3L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void staleVersionIsReportedBeforeTheRulesAreChecked() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantNamingAVersionStillFindsNoOpportunity() {
        fixture.given(opened())
                .when(new WinOpportunity(OTHER_TENANT, OPPORTUNITY, null, T1, 9L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
