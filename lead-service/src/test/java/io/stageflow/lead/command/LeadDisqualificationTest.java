package io.stageflow.lead.command;

import static io.stageflow.lead.command.LeadFixtures.ACME;
import static io.stageflow.lead.command.LeadFixtures.LEAD;
import static io.stageflow.lead.command.LeadFixtures.T1;
import static io.stageflow.lead.command.LeadFixtures.T2;
import static io.stageflow.lead.command.LeadFixtures.created;
import static io.stageflow.lead.command.LeadFixtures.invalidNaming;
import static org.hamcrest.Matchers.containsString;

import io.stageflow.events.lead.LeadDisqualified;
import io.stageflow.events.lead.LeadStageChanged;
import io.stageflow.kit.reasons.ReasonKind;
import io.stageflow.kit.reasons.ReasonLists;
import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A disqualification names a reason from the lead's tenant's own DISQUALIFY list. */
class LeadDisqualificationTest {
    private static final List<String> ACME_LIST = List.of("spam", "预算不足");

    /** Acme's DISQUALIFY list is its own; every other tenant and kind has none of its reasons. */
    private static final ReasonLists LISTS = (tenant, kind) ->
            tenant.equals(ACME) && kind == ReasonKind.DISQUALIFY ? ACME_LIST : List.of("something else");

    private FixtureConfiguration<Lead> fixture;

    @BeforeEach
    void setUp() {
        fixture = LeadFixtures.with(LISTS, (tenant, pipeline) -> false);
    }

    @Test
    void disqualificationRecordsAReasonFromTheTenantsList() {
        fixture.given(created())
                .when(new DisqualifyLead(ACME, LEAD, "预算不足", T1, null))
                .expectEvents(new LeadDisqualified(ACME, LEAD, T1, "NEW", "预算不足"));
    }

    @Test
    void theReasonIsRecordedAsListedWithoutSurroundingBlanks() {
        fixture.given(created())
                .when(new DisqualifyLead(ACME, LEAD, "  spam ", T1, null))
                .expectEvents(new LeadDisqualified(ACME, LEAD, T1, "NEW", "spam"));
    }

    @Test
    void aReasonOffTheTenantsListIsInvalidNamingTheFieldAndTheListedReasons() {
        fixture.given(created())
                .when(new DisqualifyLead(ACME, LEAD, "no budget", T1, null))
                .expectException(
                        Matchers.allOf(invalidNaming("reason"), Matchers.hasToString(containsString("[spam, 预算不足]"))))
                .expectNoEvents();
    }

    @Test
    void aNearMissIsRefusedNotGuessed() {
        fixture.given(created())
                .when(new DisqualifyLead(ACME, LEAD, "Spam", T1, null))
                .expectException(invalidNaming("reason"))
                .expectNoEvents();
    }

    @Test
    void aMissingReasonIsInvalidNamingTheField() {
        fixture.given(created())
                .when(new DisqualifyLead(ACME, LEAD, null, T1, null))
                .expectException(invalidNaming("reason"))
                .expectNoEvents();
    }

    @Test
    void aStaleVersionIsReportedBeforeTheReason() {
        fixture.given(created(), new LeadStageChanged(ACME, LEAD, T1, "NEW", "CONTACTED"))
                .when(new DisqualifyLead(ACME, LEAD, "not listed", T2, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }
}
