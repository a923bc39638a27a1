package io.stageflow.opportunity.command;

import static io.stageflow.opportunity.pipeline.InMemoryPipelineCatalog.definition;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import io.stageflow.opportunity.pipeline.InMemoryPipelineCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opportunities on a tenant's own pipeline: its stages, entry criteria and qualifying stage. */
class OpportunityPipelineTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final PipelineId ENTERPRISE = new PipelineId("enterprise");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        InMemoryPipelineCatalog pipelines = new InMemoryPipelineCatalog()
                .with(TENANT, ENTERPRISE, definition("方案报价", "需求分析", "方案报价:budget,决策人", "合同谈判:expectedCloseDate"))
                .with(TENANT, ENTERPRISE, definition("方案报价", "需求分析", "方案报价:budget", "合同谈判"));
        fixture = OpportunityFixtures.fixture(pipelines);
    }

    private static OpportunityOpened openedOnVersion(int version) {
        return new OpportunityOpened(
                TENANT, OPPORTUNITY, T0, null, "需求分析", AMOUNT, DIMENSIONS, null, ENTERPRISE, version, null);
    }

    private static OpenOpportunity open(PipelineId pipeline, Map<String, String> fields) {
        return new OpenOpportunity(
                TENANT, OPPORTUNITY, null, AMOUNT.amount(), "EUR", DIMENSIONS, T0, null, pipeline, null, fields);
    }

    @Test
    void anOpportunityOpensInTheFirstStageOfTheLatestVersion() {
        fixture.givenNoPriorActivity().when(open(ENTERPRISE, null)).expectEvents(openedOnVersion(2));
    }

    @Test
    void fieldsGivenOnOpeningAreRecordedWithIt() {
        fixture.givenNoPriorActivity()
                .when(open(ENTERPRISE, Map.of("budget", "50000")))
                .expectEvents(
                        openedOnVersion(2),
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T0, Map.of("budget", "50000"), List.of()));
    }

    @Test
    void anotherTenantsPipelineDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new OpenOpportunity(
                        OTHER_TENANT,
                        OPPORTUNITY,
                        null,
                        BigDecimal.ONE,
                        "EUR",
                        DIMENSIONS,
                        T0,
                        null,
                        ENTERPRISE,
                        null,
                        null))
                .expectException(DomainErrors.invalid("pipelineId"))
                .expectNoEvents();
    }

    @Test
    void aMoveIntoAStageWhoseCriteriaAreUnmetNamesTheMissingFields() {
        fixture.given(openedOnVersion(1))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "方案报价", T1, null))
                .expectException(DomainErrors.missing("budget", "决策人"))
                .expectNoEvents();
    }

    @Test
    void meetingTheCriteriaOfTheQualifyingStageQualifies() {
        fixture.given(
                        openedOnVersion(1),
                        new OpportunityFieldsChanged(
                                TENANT, OPPORTUNITY, T0, Map.of("budget", "50k", "决策人", "王总"), List.of()))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "方案报价", T1, null))
                .expectEvents(
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "需求分析", "方案报价"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, ENTERPRISE, 1, "方案报价"));
    }

    @Test
    void skippingAStageStillAsksForItsCriteria() {
        fixture.given(
                        openedOnVersion(1),
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T0, Map.of("budget", "50k"), List.of()))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "合同谈判", T1, null))
                .expectException(DomainErrors.missing("决策人", "expectedCloseDate"))
                .expectNoEvents();
    }

    @Test
    void aBuiltInFieldSatisfiesACriterionOnceItHasAValue() {
        OpportunityOpened closingBy = new OpportunityOpened(
                TENANT,
                OPPORTUNITY,
                T0,
                null,
                "方案报价",
                AMOUNT,
                DIMENSIONS,
                LocalDate.parse("2026-06-30"),
                ENTERPRISE,
                1,
                null);
        fixture.given(closingBy, new OpportunityQualified(TENANT, OPPORTUNITY, T0, ENTERPRISE, 1, "方案报价"))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "合同谈判", T1, null))
                .expectEvents(new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "方案报价", "合同谈判"));
    }

    @Test
    void anOpportunityKeepsFollowingTheVersionItWasOpenedOn() {
        // Version 2 dropped 决策人 from the qualifying stage; an opportunity on version 1 still needs it.
        fixture.given(
                        openedOnVersion(1),
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T0, Map.of("budget", "50k"), List.of()))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "方案报价", T1, null))
                .expectException(MissingInformation.class);
        fixture.given(
                        openedOnVersion(2),
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T0, Map.of("budget", "50k"), List.of()))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "方案报价", T1, null))
                .expectEvents(
                        new OpportunityStageChanged(TENANT, OPPORTUNITY, T1, "需求分析", "方案报价"),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T1, ENTERPRISE, 2, "方案报价"));
    }

    @Test
    void aStageOfTheDefaultPipelineIsUnknownOnACustomOne() {
        fixture.given(openedOnVersion(1))
                .when(new MoveOpportunityStage(TENANT, OPPORTUNITY, "PROPOSAL", T1, null))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(InvalidCommand.class),
                        Matchers.hasProperty("message", Matchers.containsString("需求分析"))))
                .expectNoEvents();
    }

    @Test
    void openingDirectlyIntoAStageWithCriteriaNeedsThem() {
        InMemoryPipelineCatalog pipelines = new InMemoryPipelineCatalog()
                .with(TENANT, ENTERPRISE, definition("Qualify", "Qualify:budget", "Close"));
        OpportunityFixtures.fixture(pipelines)
                .givenNoPriorActivity()
                .when(open(ENTERPRISE, null))
                .expectException(MissingInformation.class)
                .expectNoEvents();
        OpportunityFixtures.fixture(pipelines)
                .givenNoPriorActivity()
                .when(open(ENTERPRISE, Map.of("budget", "10k")))
                .expectEvents(
                        new OpportunityOpened(
                                TENANT,
                                OPPORTUNITY,
                                T0,
                                null,
                                "Qualify",
                                AMOUNT,
                                DIMENSIONS,
                                null,
                                ENTERPRISE,
                                1,
                                null),
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T0, Map.of("budget", "10k"), List.of()),
                        new OpportunityQualified(TENANT, OPPORTUNITY, T0, ENTERPRISE, 1, "Qualify"));
    }

    @Test
    void aConversionOpensWhateverTheFirstStageAsksFor() {
        InMemoryPipelineCatalog pipelines =
                new InMemoryPipelineCatalog().with(TENANT, ENTERPRISE, definition("Close", "Qualify:budget", "Close"));
        LeadId lead = new LeadId("lead-1");
        OpportunityFixtures.fixture(pipelines)
                .givenNoPriorActivity()
                .when(new OpenOpportunity(
                        TENANT,
                        OPPORTUNITY,
                        lead,
                        AMOUNT.amount(),
                        "EUR",
                        DIMENSIONS,
                        T0,
                        null,
                        ENTERPRISE,
                        null,
                        null))
                .expectEvents(new OpportunityOpened(
                        TENANT, OPPORTUNITY, T0, lead, "Qualify", AMOUNT, DIMENSIONS, null, ENTERPRISE, 1, null));
    }
}
