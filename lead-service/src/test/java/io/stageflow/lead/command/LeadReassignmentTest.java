package io.stageflow.lead.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadReopened;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadReassignmentTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(BigDecimal.TEN, "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.onDefaults();
    }

    private static LeadCreated created() {
        return new LeadCreated(TENANT, LEAD, T0, "NEW", DIMENSIONS);
    }

    private static LeadReassigned toRep9() {
        return new LeadReassigned(TENANT, LEAD, T1, "rep-7", "team-3", "rep-9", "team-4");
    }

    @Test
    void reassignedLeadNamesItsPreviousAndNewOwnerAndTeam() {
        fixture.given(created())
                .when(new ReassignLead(TENANT, LEAD, "rep-9", "team-4", T1, null))
                .expectEvents(toRep9())
                .expectResultMessagePayload(1L);
    }

    @Test
    void movingToAnotherTeamAloneIsAReassignment() {
        fixture.given(created())
                .when(new ReassignLead(TENANT, LEAD, "rep-7", "team-4", T1, null))
                .expectEvents(new LeadReassigned(TENANT, LEAD, T1, "rep-7", "team-3", "rep-7", "team-4"));
    }

    @Test
    void cannotReassignToTheCurrentOwnerAndTeam() {
        fixture.given(created(), toRep9())
                .when(new ReassignLead(TENANT, LEAD, "rep-9", "team-4", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReassignConvertedLead() {
        fixture.given(created(), new LeadConverted(TENANT, LEAD, T1, "NEW", OPPORTUNITY, AMOUNT, DIMENSIONS))
                .when(new ReassignLead(TENANT, LEAD, "rep-9", "team-4", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotReassignDisqualifiedLead() {
        fixture.given(created(), new LeadDisqualified(TENANT, LEAD, T1, "NEW", "duplicate"))
                .when(new ReassignLead(TENANT, LEAD, "rep-9", "team-4", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reopenedLeadCanBeReassigned() {
        fixture.given(
                        created(),
                        new LeadDisqualified(TENANT, LEAD, T1, "NEW", "duplicate"),
                        new LeadReopened(TENANT, LEAD, T2, "NEW"))
                .when(new ReassignLead(TENANT, LEAD, "rep-9", "team-4", T3, null))
                .expectEvents(new LeadReassigned(TENANT, LEAD, T3, "rep-7", "team-3", "rep-9", "team-4"));
    }

    @Test
    void reassignmentNeedsOwnerAndTeam() {
        fixture.given(created())
                .when(new ReassignLead(TENANT, LEAD, " ", "team-4", T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(created())
                .when(new ReassignLead(TENANT, LEAD, "rep-9", null, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void cannotBackdateReassignmentBeforeThePreviousChange() {
        fixture.given(created(), toRep9())
                .when(new ReassignLead(TENANT, LEAD, "rep-1", "team-1", T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotReassign() {
        fixture.given(created())
                .when(new ReassignLead(new TenantId("globex"), LEAD, "rep-9", "team-4", T1, 0L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void reassignmentOnAStaleVersionIsRejected() {
        fixture.given(created(), toRep9())
                .when(new ReassignLead(TENANT, LEAD, "rep-1", "team-1", T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void conversionHandsTheDealToTheCurrentOwnerAndTeam() {
        fixture.given(created(), toRep9())
                .when(new ConvertLead(TENANT, LEAD, OPPORTUNITY, BigDecimal.TEN, "EUR", null, T2, null))
                .expectEvents(new LeadConverted(
                        TENANT,
                        LEAD,
                        T2,
                        "NEW",
                        OPPORTUNITY,
                        AMOUNT,
                        new Dimensions("web", "retail", "EMEA", "rep-9", "team-4")));
    }
}
