package io.stageflow.opportunity.command;

import io.stageflow.events.Dimensions;
import io.stageflow.events.Money;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityAccountChanged;
import io.stageflow.events.opportunity.OpportunityFieldsChanged;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Custom fields and the account an opportunity belongs to. */
class OpportunityTermsTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final OpportunityId OPPORTUNITY = new OpportunityId("opp-1");
    private static final AccountId ACCOUNT = OpportunityFixtures.ACCOUNT;
    private static final Dimensions DIMENSIONS = new Dimensions("web", "retail", "EMEA", "rep-7", "team-3");
    private static final Money AMOUNT = new Money(new BigDecimal("5000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T1.plusSeconds(3600);

    private FixtureConfiguration<Opportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = OpportunityFixtures.fixture();
    }

    private static OpportunityOpened opened() {
        return new OpportunityOpened(TENANT, OPPORTUNITY, T0, null, "NEEDS_ANALYSIS", AMOUNT, DIMENSIONS);
    }

    private static OpportunityFieldsChanged budgetSet() {
        return new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T1, Map.of("budget", "50k"), List.of());
    }

    private static ChangeOpportunityFields change(Map<String, String> fields, Instant at) {
        return new ChangeOpportunityFields(TENANT, OPPORTUNITY, fields, at, null);
    }

    @Test
    void fieldsAreSetTrimmedAndClearedWithNull() {
        Map<String, String> fields = new HashMap<>();
        fields.put("决策人", " 王总 ");
        fields.put("budget", null);
        fixture.given(opened(), budgetSet())
                .when(change(fields, T2))
                .expectEvents(
                        new OpportunityFieldsChanged(TENANT, OPPORTUNITY, T2, Map.of("决策人", "王总"), List.of("budget")));
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        Map<String, String> clearingUnset = new HashMap<>();
        clearingUnset.put("timeline", null);
        clearingUnset.put("budget", "50k");
        fixture.given(opened(), budgetSet())
                .when(change(clearingUnset, T2))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void builtInFieldsHaveTheirOwnRequests() {
        fixture.given(opened())
                .when(change(Map.of("amount", "1"), T1))
                .expectException(DomainErrors.invalid("fields.amount"))
                .expectNoEvents();
    }

    @Test
    void aBlankValueOrNoFieldAtAllIsInvalid() {
        fixture.given(opened()).when(change(Map.of("budget", " "), T1)).expectException(InvalidCommand.class);
        fixture.given(opened()).when(change(Map.of(), T1)).expectException(InvalidCommand.class);
    }

    @Test
    void anOpportunityJoinsAnAccountOfItsTenant() {
        fixture.given(opened())
                .when(new ChangeOpportunityAccount(TENANT, OPPORTUNITY, ACCOUNT, T1, null))
                .expectEvents(new OpportunityAccountChanged(TENANT, OPPORTUNITY, T1, null, ACCOUNT));
    }

    @Test
    void anUnknownAccountIsInvalidAndTheSameAccountAConflict() {
        fixture.given(opened())
                .when(new ChangeOpportunityAccount(TENANT, OPPORTUNITY, new AccountId("nope"), T1, null))
                .expectException(DomainErrors.invalid("accountId"))
                .expectNoEvents();
        fixture.given(opened(), new OpportunityAccountChanged(TENANT, OPPORTUNITY, T1, null, ACCOUNT))
                .when(new ChangeOpportunityAccount(TENANT, OPPORTUNITY, ACCOUNT, T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aWinNamesTheAccountSoItCanCountThePurchase() {
        fixture.given(opened(), new OpportunityAccountChanged(TENANT, OPPORTUNITY, T1, null, ACCOUNT))
                .when(new WinOpportunity(TENANT, OPPORTUNITY, null, T2, null))
                .expectEvents(new OpportunityWon(TENANT, OPPORTUNITY, T2, "NEEDS_ANALYSIS", AMOUNT, ACCOUNT, "web"));
    }

    @Test
    void aClosedOpportunityTakesNoFieldOrAccountChange() {
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(change(Map.of("budget", "1"), T2))
                .expectException(RuleViolation.class);
        fixture.given(opened(), new OpportunityWon(TENANT, OPPORTUNITY, T1, "NEEDS_ANALYSIS", AMOUNT))
                .when(new ChangeOpportunityAccount(TENANT, OPPORTUNITY, ACCOUNT, T2, null))
                .expectException(RuleViolation.class);
    }
}
