package io.stageflow.lead.command;

import static io.stageflow.lead.command.LeadFixtures.ACME;
import static io.stageflow.lead.command.LeadFixtures.DIMENSIONS;
import static io.stageflow.lead.command.LeadFixtures.GLOBEX;
import static io.stageflow.lead.command.LeadFixtures.LEAD;
import static io.stageflow.lead.command.LeadFixtures.OPPORTUNITY;
import static io.stageflow.lead.command.LeadFixtures.T1;
import static io.stageflow.lead.command.LeadFixtures.T2;
import static io.stageflow.lead.command.LeadFixtures.created;
import static io.stageflow.lead.command.LeadFixtures.invalidNaming;

import io.stageflow.events.Money;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.kit.reasons.ReasonLists;
import java.math.BigDecimal;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conversion may name the pipeline its opportunity follows: the default one, or one its tenant defined. */
class LeadPipelineChoiceTest {
    private static final Money AMOUNT = new Money(BigDecimal.TEN, "EUR");
    private static final PipelineId ENTERPRISE = new PipelineId("enterprise");
    private static final PipelineId GLOBEX_ONLY = new PipelineId("globex-only");

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.with(
                ReasonLists.defaults(),
                (tenant, pipeline) -> (tenant.equals(ACME) && pipeline.equals(ENTERPRISE))
                        || (tenant.equals(GLOBEX) && pipeline.equals(GLOBEX_ONLY)));
    }

    private static ConvertLead convert(PipelineId pipeline, Long expectedVersion) {
        return new ConvertLead(ACME, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", pipeline, T1, expectedVersion);
    }

    private static LeadConverted converted(PipelineId pipeline) {
        return new LeadConverted(ACME, LEAD, T1, "NEW", OPPORTUNITY, AMOUNT, DIMENSIONS, pipeline);
    }

    @Test
    void conversionWithoutAPipelineLeavesTheChoiceToTheTenantsDefault() {
        fixture.given(created()).when(convert(null, null)).expectEvents(converted(null));
    }

    @Test
    void conversionOntoAPipelineTheTenantDefinedNamesIt() {
        fixture.given(created()).when(convert(ENTERPRISE, null)).expectEvents(converted(ENTERPRISE));
    }

    @Test
    void theTenantsDefaultPipelineNeedsNoDefinition() {
        PipelineId acmeDefault = PipelineId.defaultFor(ACME);

        fixture.given(created()).when(convert(acmeDefault, null)).expectEvents(converted(acmeDefault));
    }

    @Test
    void anUnknownPipelineIsInvalidNamingTheField() {
        fixture.given(created())
                .when(convert(new PipelineId("nowhere"), null))
                .expectException(Matchers.allOf(
                        invalidNaming("pipelineId"),
                        Matchers.hasToString(Matchers.containsString("no pipeline nowhere for this tenant"))))
                .expectNoEvents();
    }

    @Test
    void anotherTenantsPipelinesAreUnknown() {
        fixture.given(created())
                .when(convert(GLOBEX_ONLY, null))
                .expectException(invalidNaming("pipelineId"))
                .expectNoEvents();
        fixture.given(created())
                .when(convert(PipelineId.defaultFor(GLOBEX), null))
                .expectException(invalidNaming("pipelineId"))
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsReportedBeforeThePipeline() {
        fixture.given(created(), new LeadStageChanged(ACME, LEAD, T1, "NEW", "CONTACTED"))
                .when(new ConvertLead(
                        ACME, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", new PipelineId("nowhere"), T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
