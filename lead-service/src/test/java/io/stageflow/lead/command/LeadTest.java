package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
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

class LeadTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.onDefaults();
    }

    private static LeadCreated created() {
        return new LeadCreated(TENANT, LEAD, T0, "NEW", DIMENSIONS);
    }

    private static LeadStageChanged contacted() {
        return new LeadStageChanged(TENANT, LEAD, T1, "NEW", "CONTACTED");
    }

    @Test
    void createdLeadStartsInNew() {
        fixture.givenNoPriorActivity()
                .when(new CreateLead(TENANT, LEAD, DIMENSIONS, null, null, T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void cannotCreateLeadWithoutDimensions() {
        fixture.givenNoPriorActivity()
                .when(new CreateLead(TENANT, LEAD, null, null, null, T0))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void createdLeadCarriesItsCampaignAndContactRole() {
        fixture.givenNoPriorActivity()
                .when(new CreateLead(TENANT, LEAD, DIMENSIONS, "spring-fair", ContactRole.CHAMPION, T0))
                .expectEvents(new LeadCreated(TENANT, LEAD, T0, "NEW", DIMENSIONS, "spring-fair", "CHAMPION"));
    }

    @Test
    void campaignThatCannotEnterTheContractIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new CreateLead(TENANT, LEAD, DIMENSIONS, "c".repeat(201), null, T0))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void newLeadCanBeContacted() {
        fixture.given(created())
                .when(new MoveLeadStage(TENANT, LEAD, "CONTACTED", T1, null))
                .expectEvents(contacted());
    }

    @Test
    void unknownStageIsInvalid() {
        fixture.given(created())
                .when(new MoveLeadStage(TENANT, LEAD, "QUALIFIED", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotMoveToTheCurrentStage() {
        fixture.given(created())
                .when(new MoveLeadStage(TENANT, LEAD, "NEW", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotMoveBackwards() {
        fixture.given(created(), contacted())
                .when(new MoveLeadStage(TENANT, LEAD, "NEW", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotBackdateBeforeThePreviousChange() {
        fixture.given(created(), contacted())
                .when(new DisqualifyLead(TENANT, LEAD, "no budget", T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void mayBackdateToThePreviousChangesInstant() {
        fixture.given(created())
                .when(new MoveLeadStage(TENANT, LEAD, "CONTACTED", T0, null))
                .expectEvents(new LeadStageChanged(TENANT, LEAD, T0, "NEW", "CONTACTED"));
    }

    @Test
    void anotherTenantsLeadLooksMissing() {
        fixture.given(created())
                .when(new MoveLeadStage(OTHER_TENANT, LEAD, "CONTACTED", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotDisqualifyOrConvert() {
        fixture.given(created())
                .when(new ConvertLead(OTHER_TENANT, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", null, T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new DisqualifyLead(OTHER_TENANT, LEAD, "duplicate", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void disqualifyRecordsReasonAndStage() {
        fixture.given(created(), contacted())
                .when(new DisqualifyLead(TENANT, LEAD, "no budget", T2, null))
                .expectEvents(new LeadDisqualified(TENANT, LEAD, T2, "CONTACTED", "no budget"));
    }

    @Test
    void disqualifyRequiresReason() {
        fixture.given(created())
                .when(new DisqualifyLead(TENANT, LEAD, " ", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotContactDisqualifiedLead() {
        fixture.given(created(), new LeadDisqualified(TENANT, LEAD, T1, "NEW", "duplicate"))
                .when(new MoveLeadStage(TENANT, LEAD, "CONTACTED", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotConvertDisqualifiedLead() {
        fixture.given(created(), new LeadDisqualified(TENANT, LEAD, T1, "NEW", "duplicate"))
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void convertCarriesTheLeadsDimensions() {
        fixture.given(created(), contacted())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, new BigDecimal("12500.00"), "USD", null, T2, null))
                .expectEvents(new LeadConverted(
                        TENANT,
                        LEAD,
                        T2,
                        "CONTACTED",
                        OPPORTUNITY,
                        new Money(new BigDecimal("12500.00"), "USD"),
                        DIMENSIONS));
    }

    @Test
    void convertFromNewDefaultsToEuro() {
        fixture.given(created())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.ZERO, null, null, T1, null))
                .expectEvents(new LeadConverted(
                        TENANT, LEAD, T1, "NEW", OPPORTUNITY, new Money(BigDecimal.ZERO, "EUR"), DIMENSIONS));
    }

    @Test
    void convertRejectsNegativeAmount() {
        fixture.given(created())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, new BigDecimal("-1"), "EUR", null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void convertRejectsCurrencyThatIsNotIso4217Shaped() {
        fixture.given(created())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.ONE, "euro", null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotConvertTwice() {
        fixture.given(
                        created(),
                        new LeadConverted(
                                TENANT, LEAD, T1, "NEW", OPPORTUNITY, new Money(BigDecimal.ONE, "EUR"), DIMENSIONS))
                .when(new ConvertLead(TENANT, LEAD, new OpportunityId("opp-2"), BigDecimal.ONE, "EUR", null, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotDisqualifyConvertedLead() {
        fixture.given(
                        created(),
                        new LeadConverted(
                                TENANT, LEAD, T1, "NEW", OPPORTUNITY, new Money(BigDecimal.ONE, "EUR"), DIMENSIONS))
                .when(new DisqualifyLead(TENANT, LEAD, "no need", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void changingALeadAnswersWithItsNewVersion() {
        fixture.given(created())
                .when(new MoveLeadStage(TENANT, LEAD, "CONTACTED", T1, null))
                .expectEvents(contacted())
                .expectResultMessagePayload(1L);
    }

    @Test
    void commandOnTheCurrentVersionSucceeds() {
        fixture.given(created(), contacted())
                .when(new DisqualifyLead(TENANT, LEAD, "no budget", T2, 1L))
                .expectEvents(new LeadDisqualified(TENANT, LEAD, T2, "CONTACTED", "no budget"))
                .expectResultMessagePayload(2L);
        fixture.given(created())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.ONE, "EUR", null, T1, 0L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L);
    }

    @Test
    void commandOnAStaleVersionIsRejectedWithTheCurrentOne() {
        fixture.given(created(), contacted())
                .when(new DisqualifyLead(TENANT, LEAD, "no budget", T2, 0L))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(ConflictingAggregateVersionException.class),
                        Matchers.hasProperty("actualVersion", Matchers.is(1L))))
                .expectNoEvents();
    }

    @Test
    void commandOnAVersionTheLeadNeverHadIsRejected() {
        fixture.given(created())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.ONE, "EUR", null, T1, 1L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void staleVersionIsReportedBeforeTheRulesAreChecked() {
        fixture.given(created(), contacted())
                .when(new MoveLeadStage(TENANT, LEAD, "NEW", T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantNamingAVersionStillFindsNoLead() {
        fixture.given(created())
                .when(new DisqualifyLead(OTHER_TENANT, LEAD, "duplicate", T1, 5L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
