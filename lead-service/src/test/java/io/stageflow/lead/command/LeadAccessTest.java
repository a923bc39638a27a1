package io.stageflow.lead.command;

import static io.stageflow.lead.command.LeadFixtures.ACME;
import static io.stageflow.lead.command.LeadFixtures.LEAD;
import static io.stageflow.lead.command.LeadFixtures.T1;
import static io.stageflow.lead.command.LeadFixtures.T2;
import static io.stageflow.lead.command.LeadFixtures.created;

import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.CallerMetaData;
import io.stageflow.kit.security.Role;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may change a lead, decided by the lead itself from its current owner and team (rep-7 of
 * team-3): the caller travels with the command. Everyone else finds no such lead, whatever version
 * they name, so an id reveals nothing.
 */
class LeadAccessTest {
    private static final MoveLeadStage CONTACT = new MoveLeadStage(ACME, LEAD, "CONTACTED", T1, null);
    private static final LeadStageChanged CONTACTED = new LeadStageChanged(ACME, LEAD, T1, "NEW", "CONTACTED");

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.onDefaults();
    }

    private static Map<String, Object> as(String user, Set<Role> roles, String... teams) {
        return CallerMetaData.of(new Caller(ACME, user, roles, Set.of(teams)));
    }

    @Test
    void theOwningRepChangesTheirLead() {
        fixture.given(created())
                .when(CONTACT, as("rep-7", Set.of(Role.REP), "team-3"))
                .expectEvents(CONTACTED);
    }

    @Test
    void anotherRepOfTheSameTeamFindsNoSuchLeadEvenNamingItsVersion() {
        fixture.given(created())
                .when(new MoveLeadStage(ACME, LEAD, "CONTACTED", T1, 99L), as("rep-8", Set.of(Role.REP), "team-3"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theTeamsManagerChangesItAndAnotherTeamsManagerFindsNothing() {
        fixture.given(created())
                .when(CONTACT, as("mia", Set.of(Role.MANAGER), "team-3"))
                .expectEvents(CONTACTED);
        fixture.given(created())
                .when(CONTACT, as("max", Set.of(Role.MANAGER), "team-4"))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anExecutiveChangesAnyLeadOfTheTenant() {
        fixture.given(created())
                .when(CONTACT, as("eve", Set.of(Role.EXECUTIVE)))
                .expectEvents(CONTACTED);
    }

    @Test
    void analystsAndAdminsChangeNoLead() {
        fixture.given(created())
                .when(CONTACT, as("ann", Set.of(Role.ANALYST, Role.ADMIN), "team-3"))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aRepLosesTheLeadOnceItIsReassigned() {
        fixture.given(created(), new LeadReassigned(ACME, LEAD, T1, "rep-7", "team-3", "rep-9", "team-4"))
                .when(new MoveLeadStage(ACME, LEAD, "CONTACTED", T2, null), as("rep-7", Set.of(Role.REP), "team-3"))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anExecutiveOfAnotherTenantFindsNothing() {
        fixture.given(created())
                .when(
                        new MoveLeadStage(new TenantId("globex"), LEAD, "CONTACTED", T1, null),
                        CallerMetaData.of(new Caller(new TenantId("globex"), "eve", Set.of(Role.EXECUTIVE), Set.of())))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theSystemsOwnCommandsCarryNoCallerAndPass() {
        fixture.given(created()).when(CONTACT).expectEvents(CONTACTED);
    }
}
