package io.stageflow.lead.command;

import static io.stageflow.lead.command.LeadFixtures.ACME;
import static io.stageflow.lead.command.LeadFixtures.GLOBEX;
import static io.stageflow.lead.command.LeadFixtures.LEAD;
import static io.stageflow.lead.command.LeadFixtures.T0;
import static io.stageflow.lead.command.LeadFixtures.T1;
import static io.stageflow.lead.command.LeadFixtures.T2;
import static io.stageflow.lead.command.LeadFixtures.created;
import static io.stageflow.lead.command.LeadFixtures.invalidNaming;

import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadReassigned;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.events.lead.LeadStageCorrected;
import io.stageflow.kit.domain.RuleViolation;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Back-dated stage moves: the one way a lead's history may take a time before its latest change. */
class LeadCorrectionTest {
    private static final Instant T3 = T2.plusSeconds(3600);

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.onDefaults();
    }

    /** The lead's latest change, at T2, after which an ordinary move to T1 is refused. */
    private static LeadReassigned reassignedAtT2() {
        return new LeadReassigned(ACME, LEAD, T2, "rep-7", "team-3", "rep-9", "team-4");
    }

    private static CorrectLeadStage correction(String stage, Instant at, String reason) {
        return new CorrectLeadStage(ACME, LEAD, stage, at, reason, null);
    }

    @Test
    void aCorrectionRecordsAMoveBeforeTheLatestChange() {
        fixture.given(created(), reassignedAtT2())
                .when(correction("CONTACTED", T1, "called on Friday, logged on Monday"))
                .expectEvents(new LeadStageCorrected(
                        ACME, LEAD, T1, "NEW", "CONTACTED", "called on Friday, logged on Monday"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anOrdinaryMoveMayNotBeBackdatedPastTheLatestChange() {
        fixture.given(created(), reassignedAtT2())
                .when(new MoveLeadStage(ACME, LEAD, "CONTACTED", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionThatIsNotBackdatedIsAnOrdinaryMove() {
        fixture.given(created(), reassignedAtT2())
                .when(correction("CONTACTED", T2, "late"))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RuleViolation.class),
                        Matchers.hasProperty("message", Matchers.containsString("ordinary stage move"))))
                .expectNoEvents();
    }

    @Test
    void aCorrectionCannotPrecedeTheCreation() {
        fixture.given(created(), reassignedAtT2())
                .when(correction("CONTACTED", T0.minusSeconds(1), "late"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionLikeAnyMoveOnlyGoesForward() {
        fixture.given(created(), new LeadStageChanged(ACME, LEAD, T1, "NEW", "CONTACTED"), reassignedAtT2())
                .when(correction("NEW", T1.plusSeconds(60), "clicked by mistake"))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RuleViolation.class),
                        Matchers.hasProperty("message", Matchers.containsString("only moves forward"))))
                .expectNoEvents();
    }

    @Test
    void aCorrectionNeedsAReasonAndAKnownStage() {
        fixture.given(created(), reassignedAtT2())
                .when(correction("CONTACTED", T1, " "))
                .expectException(invalidNaming("reason"))
                .expectNoEvents();
        fixture.given(created(), reassignedAtT2())
                .when(correction("MET", T1, "late"))
                .expectException(invalidNaming("stage"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionLeavesTheLatestChangeWhereItWas() {
        fixture.given(created(), reassignedAtT2(), new LeadStageCorrected(ACME, LEAD, T1, "NEW", "CONTACTED", "late"))
                .when(new DisqualifyLead(ACME, LEAD, "duplicate", T1.plusSeconds(60), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(created(), reassignedAtT2(), new LeadStageCorrected(ACME, LEAD, T1, "NEW", "CONTACTED", "late"))
                .when(new DisqualifyLead(ACME, LEAD, "duplicate", T3, null))
                .expectEvents(new LeadDisqualified(ACME, LEAD, T3, "CONTACTED", "duplicate"));
    }

    @Test
    void onlyAnOpenLeadTakesACorrection() {
        fixture.given(created(), new LeadDisqualified(ACME, LEAD, T2, "NEW", "duplicate"))
                .when(correction("CONTACTED", T1, "late"))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RuleViolation.class),
                        Matchers.hasProperty("message", Matchers.containsString("DISQUALIFIED"))))
                .expectNoEvents();
    }

    @Test
    void anotherTenantsLeadIsNotFound() {
        fixture.given(created(), reassignedAtT2())
                .when(new CorrectLeadStage(GLOBEX, LEAD, "CONTACTED", T1, "late", null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
