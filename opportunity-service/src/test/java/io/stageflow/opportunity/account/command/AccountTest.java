package io.stageflow.opportunity.account.command;

import io.stageflow.events.Money;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final TenantId OTHER_TENANT = new TenantId("globex");
    private static final AccountId ACCOUNT = new AccountId("acc-1");
    private static final OpportunityId DEAL_1 = new OpportunityId("opp-1");
    private static final OpportunityId DEAL_2 = new OpportunityId("opp-2");
    private static final OpportunityId DEAL_3 = new OpportunityId("opp-3");
    private static final Money TEN_K = new Money(new BigDecimal("10000"), "EUR");
    private static final Money TWO_K = new Money(new BigDecimal("2000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(86_400);
    private static final Instant T2 = T1.plusSeconds(86_400);
    private static final Instant T3 = T2.plusSeconds(86_400);

    private FixtureConfiguration<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    private static AccountCreated created() {
        return new AccountCreated(TENANT, ACCOUNT, T0, "Initech", "software", "EMEA", "rep-7");
    }

    private static AccountBecameCustomer becameCustomer(OpportunityId deal, Instant at, boolean returning) {
        return new AccountBecameCustomer(TENANT, ACCOUNT, at, deal, TEN_K, returning);
    }

    private static AccountChurned churned(Instant at) {
        return new AccountChurned(TENANT, ACCOUNT, at, "budget cut");
    }

    private static RecordWin win(OpportunityId deal, Money amount, Instant at) {
        return new RecordWin(TENANT, ACCOUNT, deal, amount, at, at.plusSeconds(1), null);
    }

    private static RenewAccount renew(BigDecimal amount, String currency, LocalDate until, Instant at) {
        return new RenewAccount(TENANT, ACCOUNT, amount, currency, until, at, null);
    }

    private static Matcher<InvalidCommand> invalid(String field) {
        return new CustomTypeSafeMatcher<>("an invalid " + field) {
            @Override
            protected boolean matchesSafely(InvalidCommand item) {
                return field.equals(item.field());
            }
        };
    }

    @Test
    void createdAccountIsAProspectAtVersionZero() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, " Initech ", "software ", " EMEA", "rep-7", T0))
                .expectEvents(created())
                .expectResultMessagePayload(0L);
    }

    @Test
    void creationNeedsEveryTextWithinTheContractsLength() {
        String tooLong = "x".repeat(201);
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, " ", "software", "EMEA", "rep-7", T0))
                .expectException(invalid("name"));
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, "Initech", tooLong, "EMEA", "rep-7", T0))
                .expectException(invalid("industry"));
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, "Initech", "software", null, "rep-7", T0))
                .expectException(invalid("region"));
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, "Initech", "software", "EMEA", "", T0))
                .expectException(invalid("ownerId"));
    }

    @Test
    void creationNeedsABusinessTime() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(TENANT, ACCOUNT, "Initech", "software", "EMEA", "rep-7", null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void firstWonDealMakesAProspectACustomer() {
        fixture.given(created())
                .when(win(DEAL_1, TEN_K, T1))
                .expectEvents(becameCustomer(DEAL_1, T1, false))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theCustomerRemembersTheChannelOfTheDealThatWonIt() {
        fixture.given(created())
                .when(new RecordWin(TENANT, ACCOUNT, DEAL_1, TEN_K, T1, T1, "web"))
                .expectEvents(new AccountBecameCustomer(TENANT, ACCOUNT, T1, DEAL_1, TEN_K, false, "web"));
    }

    @Test
    void furtherWonDealIsAPurchase() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(win(DEAL_2, TWO_K, T2))
                .expectEvents(new AccountPurchaseMade(TENANT, ACCOUNT, T2, DEAL_2, TWO_K))
                .expectResultMessagePayload(2L);
    }

    @Test
    void theDealThatMadeItACustomerCountsOnce() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(win(DEAL_1, TEN_K, T1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void aPurchaseCountsOnceEvenAfterLaterChanges() {
        fixture.given(
                        created(),
                        becameCustomer(DEAL_1, T1, false),
                        new AccountPurchaseMade(TENANT, ACCOUNT, T2, DEAL_2, TWO_K),
                        churned(T3))
                .when(win(DEAL_2, TWO_K, T2))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void dealWonAfterTheChurnIsAWinBack() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false), churned(T2))
                .when(win(DEAL_2, TEN_K, T3))
                .expectEvents(becameCustomer(DEAL_2, T3, true));
    }

    @Test
    void dealWonBeforeTheChurnButReportedAfterItIsAPurchaseOfThePast() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false), churned(T3))
                .when(win(DEAL_2, TWO_K, T2))
                .expectEvents(new AccountPurchaseMade(TENANT, ACCOUNT, T2, DEAL_2, TWO_K));
    }

    @Test
    void theAccountStaysChurnedAfterAPurchaseOfThePast() {
        fixture.given(
                        created(),
                        becameCustomer(DEAL_1, T1, false),
                        churned(T3),
                        new AccountPurchaseMade(TENANT, ACCOUNT, T2, DEAL_2, TWO_K))
                .when(new ChurnAccount(TENANT, ACCOUNT, "again", T3, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void dealsMayBeReportedInAnyBusinessTimeOrder() {
        Instant beforeTheAccountExisted = T0.minusSeconds(86_400 * 30);
        fixture.given(created(), becameCustomer(DEAL_1, T2, false))
                .when(win(DEAL_2, TWO_K, beforeTheAccountExisted))
                .expectEvents(new AccountPurchaseMade(TENANT, ACCOUNT, beforeTheAccountExisted, DEAL_2, TWO_K));
        fixture.given(created())
                .when(win(DEAL_3, TEN_K, beforeTheAccountExisted))
                .expectEvents(becameCustomer(DEAL_3, beforeTheAccountExisted, false));
    }

    @Test
    void dealWonAfterItWasReportedIsInvalid() {
        Instant reported = T1;
        fixture.given(created())
                .when(new RecordWin(TENANT, ACCOUNT, DEAL_1, TEN_K, reported.plusSeconds(301), reported, null))
                .expectException(invalid("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void clockSkewBetweenWinAndReportIsTolerated() {
        Instant reported = T1;
        fixture.given(created())
                .when(new RecordWin(TENANT, ACCOUNT, DEAL_1, TEN_K, reported.plusSeconds(300), reported, null))
                .expectEvents(becameCustomer(DEAL_1, reported.plusSeconds(300), false));
    }

    @Test
    void wonDealNeedsItsOpportunityAndAmount() {
        fixture.given(created())
                .when(new RecordWin(TENANT, ACCOUNT, null, TEN_K, T1, T1, null))
                .expectException(InvalidCommand.class);
        fixture.given(created())
                .when(new RecordWin(TENANT, ACCOUNT, DEAL_1, null, T1, T1, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantsDealIsNotCountedHere() {
        fixture.given(created())
                .when(new RecordWin(OTHER_TENANT, ACCOUNT, DEAL_1, TEN_K, T1, T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void customerChurnsForAReason() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(new ChurnAccount(TENANT, ACCOUNT, " budget cut ", T2, null))
                .expectEvents(churned(T2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void churnNeedsAReason() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(new ChurnAccount(TENANT, ACCOUNT, "  ", T2, null))
                .expectException(invalid("reason"))
                .expectNoEvents();
    }

    @Test
    void prospectCannotChurn() {
        fixture.given(created())
                .when(new ChurnAccount(TENANT, ACCOUNT, "budget cut", T1, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void churnedAccountCannotChurnAgain() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false), churned(T2))
                .when(new ChurnAccount(TENANT, ACCOUNT, "budget cut", T3, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void churnCannotPredateTheLatestDeal() {
        fixture.given(
                        created(),
                        becameCustomer(DEAL_1, T1, false),
                        new AccountPurchaseMade(TENANT, ACCOUNT, T3, DEAL_2, TWO_K),
                        new AccountPurchaseMade(TENANT, ACCOUNT, T0, DEAL_3, TWO_K))
                .when(new ChurnAccount(TENANT, ACCOUNT, "budget cut", T2, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotChurnTheAccount() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(new ChurnAccount(OTHER_TENANT, ACCOUNT, "budget cut", T2, 1L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void staleIfMatchComesBeforeTheRules() {
        fixture.given(created())
                .when(new ChurnAccount(TENANT, ACCOUNT, "budget cut", T1, 5L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void currentIfMatchLetsTheChangeThrough() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(new RenewAccount(TENANT, ACCOUNT, null, null, null, T2, 1L))
                .expectEvents(new AccountRenewed(TENANT, ACCOUNT, T2, null, null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void customerRenewsForAnAmountUntilADate() {
        LocalDate until = LocalDate.parse("2027-03-02");
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(new BigDecimal("1200"), "USD", until, T2))
                .expectEvents(new AccountRenewed(TENANT, ACCOUNT, T2, new Money(new BigDecimal("1200"), "USD"), until));
    }

    @Test
    void renewalMayEndOnTheDayItIsMade() {
        LocalDate sameDay = LocalDate.parse("2026-03-03");
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(null, null, sameDay, T2))
                .expectEvents(new AccountRenewed(TENANT, ACCOUNT, T2, null, sameDay));
    }

    @Test
    void renewalCannotEndBeforeItIsMade() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(null, null, LocalDate.parse("2026-03-02"), T2))
                .expectException(invalid("renewedUntil"))
                .expectNoEvents();
    }

    @Test
    void renewalAmountNeedsItsCurrencyAndViceVersa() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(new BigDecimal("1200"), null, null, T2))
                .expectException(invalid("currency"));
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(null, "EUR", null, T2))
                .expectException(invalid("amount"));
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(new BigDecimal("-1"), "EUR", null, T2))
                .expectException(invalid("amount"));
        fixture.given(created(), becameCustomer(DEAL_1, T1, false))
                .when(renew(BigDecimal.ONE, "euro", null, T2))
                .expectException(invalid("currency"))
                .expectNoEvents();
    }

    @Test
    void onlyACustomerRenews() {
        fixture.given(created())
                .when(renew(null, null, null, T1))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(created(), becameCustomer(DEAL_1, T1, false), churned(T2))
                .when(renew(null, null, null, T3))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void renewalCannotPredateTheAccountsLastChange() {
        fixture.given(created(), becameCustomer(DEAL_1, T2, false))
                .when(renew(null, null, null, T1))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void winBackCustomerCanRenewAgain() {
        fixture.given(created(), becameCustomer(DEAL_1, T1, false), churned(T2), becameCustomer(DEAL_2, T3, true))
                .when(renew(null, null, null, T3))
                .expectEvents(new AccountRenewed(TENANT, ACCOUNT, T3, null, null));
    }
}
