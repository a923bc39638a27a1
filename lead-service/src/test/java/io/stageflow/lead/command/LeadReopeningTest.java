package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadReopeningTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(BigDecimal.TEN, "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);
    private static final Instant T4 = T3.plusSeconds(3600);

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

    private static LeadDisqualified disqualifiedFromContacted() {
        return new LeadDisqualified(TENANT, LEAD, T2, "CONTACTED", "no budget");
    }

    @Test
    void reopenedLeadReturnsToTheStageItWasDisqualifiedFrom() {
        fixture.given(created(), contacted(), disqualifiedFromContacted())
                .when(new ReopenLead(TENANT, LEAD, T3, null))
                .expectEvents(new LeadReopened(TENANT, LEAD, T3, "CONTACTED"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void onlyDisqualifiedLeadsReopen() {
        fixture.given(created(), contacted())
                .when(new ReopenLead(TENANT, LEAD, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void convertedLeadCannotBeReopened() {
        fixture.given(created(), new LeadConverted(TENANT, LEAD, T1, "NEW", OPPORTUNITY, AMOUNT, DIMENSIONS))
                .when(new ReopenLead(TENANT, LEAD, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reopenedLeadCannotBeReopenedAgain() {
        fixture.given(
                        created(),
                        contacted(),
                        disqualifiedFromContacted(),
                        new LeadReopened(TENANT, LEAD, T3, "CONTACTED"))
                .when(new ReopenLead(TENANT, LEAD, T4, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reopenedLeadCanBeConverted() {
        fixture.given(
                        created(),
                        contacted(),
                        disqualifiedFromContacted(),
                        new LeadReopened(TENANT, LEAD, T3, "CONTACTED"))
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", null, T4, null))
                .expectEvents(new LeadConverted(TENANT, LEAD, T4, "CONTACTED", OPPORTUNITY, AMOUNT, DIMENSIONS));
    }

    @Test
    void reopenedLeadCanBeMovedOn() {
        fixture.given(
                        created(),
                        new LeadDisqualified(TENANT, LEAD, T1, "NEW", "duplicate"),
                        new LeadReopened(TENANT, LEAD, T2, "NEW"))
                .when(new MoveLeadStage(TENANT, LEAD, "CONTACTED", T3, null))
                .expectEvents(new LeadStageChanged(TENANT, LEAD, T3, "NEW", "CONTACTED"));
    }

    @Test
    void reopenedLeadCanBeDisqualifiedAgain() {
        fixture.given(
                        created(),
                        contacted(),
                        disqualifiedFromContacted(),
                        new LeadReopened(TENANT, LEAD, T3, "CONTACTED"))
                .when(new DisqualifyLead(TENANT, LEAD, "unreachable", T4, 3L))
                .expectEvents(new LeadDisqualified(TENANT, LEAD, T4, "CONTACTED", "unreachable"))
                .expectResultMessagePayload(4L);
    }

    @Test
    void cannotBackdateReopeningBeforeTheDisqualification() {
        fixture.given(created(), contacted(), disqualifiedFromContacted())
                .when(new ReopenLead(TENANT, LEAD, T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotReopen() {
        fixture.given(created(), disqualifiedFromContacted())
                .when(new ReopenLead(new TenantId("globex"), LEAD, T3, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void reopeningOnAStaleVersionIsRejected() {
        fixture.given(created(), contacted(), disqualifiedFromContacted())
                .when(new ReopenLead(TENANT, LEAD, T3, 1L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
