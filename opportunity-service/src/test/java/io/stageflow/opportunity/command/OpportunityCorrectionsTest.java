package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Back-dated corrections, per-tenant loss reasons and re-opening a loss. */
class OpportunityCorrectionsTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final PipelineId DEFAULT = PipelineId.defaultFor(TENANT);
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = OpportunityFixtures.fixture();
    }

    private static OpportunityOpened opened() {
        return new OpportunityOpened(TENANT, OPPORTUNITY, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS);
    }

    private static OpportunityAmountChanged amountChangedAt(Instant at) {
        return new OpportunityAmountChanged(TENANT, OPPORTUNITY, at, AMOUNT, new Money(BigDecimal.TEN, "EUR"));
    }

    @Test
    void aCorrectionRecordsAMoveBeforeTheLatestChange() {
        fixture.given(opened(), amountChangedAt(T2))
                .when(new CorrectOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, "logged late", null))
                .expectEvents(
                        new OpportunityStageCorrected(
                                TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "PROPOSAL", "logged late"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, DEFAULT, 1, "PROPOSAL"));
    }

    @Test
    void anOrdinaryMoveMayNotBeBackdatedPastTheLatestChange() {
        fixture.given(opened(), amountChangedAt(T2))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void afterACorrectionOrdinaryChangesStillFollowTheLatestChange() {
        fixture.given(
                        opened(),
                        amountChangedAt(T2),
                        new OpportunityStageCorrected(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "PROPOSAL", "late"))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "QUOTE", T1.plusSeconds(60), null))
                .expectException(RuleViolation.class);
        fixture.given(
                        opened(),
                        amountChangedAt(T2),
                        new OpportunityStageCorrected(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "PROPOSAL", "late"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, DEFAULT, 1, "PROPOSAL"))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "QUOTE", T3, null))
                .expectEvents(new OpportunityStageChanged(TENANT, OPPORTUNITY, T3, "PROPOSAL", "QUOTE"));
    }

    @Test
    void aCorrectionThatIsNotBackdatedIsAnOrdinaryMove() {
        fixture.given(opened(), amountChangedAt(T1))
                .when(new CorrectOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T2, "late", null))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RuleViolation.class),
                        Matchers.hasProperty("message", Matchers.containsString("ordinary stage move"))))
                .expectNoEvents();
    }

    @Test
    void aCorrectionCannotPrecedeTheOpening() {
        fixture.given(opened(), amountChangedAt(T2))
                .when(new CorrectOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T0.minusSeconds(1), "late", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(opened(), amountChangedAt(T2))
                .when(new CorrectOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, " ", null))
                .expectException(DomainErrors.invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void aClosedOpportunityTakesNoCorrection() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T2, "NEEDS_ANALYSIS", AMOUNT))
                .when(new CorrectOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, "late", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReasonOffTheListIsRefusedNamingTheField() {
        fixture.given(opened())
                .when(new LoseOpportunity(TENANT, OPPORTUNITY, "the moon was wrong", null, T1, null))
                .expectException(Matchers.allOf(
                        DomainErrors.invalid("reason"),
                        Matchers.hasProperty("message", Matchers.containsString("price"))))
                .expectNoEvents();
    }

    @Test
    void aLostOpportunityReopensInTheStageItWasLostFrom() {
        fixture.given(
                        opened(),
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "QUOTE"),
                        new OpportunityLost(TENANT, OPPORTUNITY, T2, "QUOTE", "price", "Initech"))
                .when(new ReopenOpportunity(TENANT, OPPORTUNITY, null, T3, null))
                .expectEvents(new OpportunityReopened(TENANT, OPPORTUNITY, T3, "QUOTE"));
    }

    @Test
    void aReopenedOpportunityCanBeWon() {
        fixture.given(
                        opened(),
                        new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", null),
                        new OpportunityReopened(TENANT, OPPORTUNITY, T2, "PROPOSAL"))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T3, null))
                .expectEvents(new OpportunityWon(TENANT, OPPORTUNITY, T3, "PROPOSAL", AMOUNT, null, "web"));
    }

    @Test
    void reopeningMayNameAnotherStage() {
        fixture.given(opened(), new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", null))
                .when(new ReopenOpportunity(TENANT, OPPORTUNITY, "PROPOSAL", T2, null))
                .expectEvents(new OpportunityReopened(TENANT, OPPORTUNITY, T2, "PROPOSAL"));
    }

    @Test
    void onlyALossCanBeReopened() {
        fixture.given(opened())
                .when(new ReopenOpportunity(TENANT, OPPORTUNITY, null, T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new ReopenOpportunity(TENANT, OPPORTUNITY, null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotCorrectOrReopen() {
        fixture.given(opened(), amountChangedAt(T2))
                .when(new CorrectOpportunityStage(OTHER_TENANT, OPPORTUNITY, "PROPOSAL", T1, "late", null))
                .expectException(AggregateNotFoundException.class);
        fixture.given(opened(), new OpportunityLost(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", "price", null))
                .when(new ReopenOpportunity(OTHER_TENANT, OPPORTUNITY, null, T2, null))
                .expectException(AggregateNotFoundException.class);
    }
}
