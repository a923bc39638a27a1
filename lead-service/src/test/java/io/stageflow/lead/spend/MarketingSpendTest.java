package io.stageflow.lead.spend;

import static org.hamcrest.Matchers.containsString;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.kit.plan.PlanOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketingSpendTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final Period NOVEMBER = new Period("2026-11");
    private static final SpendKey CAMPAIGN = new SpendKey(TENANT, "webinar", "spring-fair", NOVEMBER);
    private static final SpendKey CHANNEL = new SpendKey(TENANT, "webinar", null, NOVEMBER);
    private static final Money USD_800 = new Money(new BigDecimal("800"), "USD");
    private static final Money USD_950 = new Money(new BigDecimal("950.25"), "USD");
    private static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(86400);

    private FixtureConfiguration<MarketingSpend> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MarketingSpend.class);
    }

    private static MarketingSpendSet set(SpendKey key, Instant at, Money amount, Money previous) {
        return new MarketingSpendSet(
                TENANT, key.spendId(), at, key.channel(), key.campaign(), NOVEMBER, amount, previous);
    }

    private static MarketingSpendSet set(Instant at, Money amount, Money previous) {
        return set(CAMPAIGN, at, amount, previous);
    }

    private static SetMarketingSpend setting(SpendKey key, String amount, String currency, Instant at, Long version) {
        return new SetMarketingSpend(key, new BigDecimal(amount), currency, at, version);
    }

    private static SetMarketingSpend setting(String amount, String currency, Instant at, Long version) {
        return setting(CAMPAIGN, amount, currency, at, version);
    }

    @Test
    void firstSettingOfACampaignCreatesItsSpend() {
        fixture.givenNoPriorActivity()
                .when(setting("800", "USD", T0, null))
                .expectEvents(set(T0, USD_800, null))
                .expectResultMessagePayload(new PlanOutcome(0, true, USD_800));
    }

    @Test
    void aWholeChannelIsSetWithoutACampaign() {
        fixture.givenNoPriorActivity()
                .when(setting(CHANNEL, "800", "USD", T0, null))
                .expectEvents(set(CHANNEL, T0, USD_800, null));
    }

    @Test
    void revisionRecordsTheAmountItReplaces() {
        fixture.given(set(T0, USD_800, null))
                .when(setting("950.25", "USD", T1, null))
                .expectEvents(set(T1, USD_950, USD_800))
                .expectResultMessagePayload(new PlanOutcome(1, false, USD_950));
    }

    @Test
    void settingTheAmountItHasRecordsNothingAndKeepsTheVersion() {
        fixture.given(set(T0, USD_800, null))
                .when(setting("800.000", "USD", T1, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new PlanOutcome(0, false, USD_800));
    }

    @Test
    void revisionCannotChangeTheCurrency() {
        fixture.given(set(T0, USD_800, null))
                .when(setting("800", "EUR", T1, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("currency"))
                .expectNoEvents();
    }

    @Test
    void revisionCannotBeBackdatedBeforeThePreviousSetting() {
        fixture.given(set(T1, USD_800, null))
                .when(setting("950.25", "USD", T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void inputOutsideTheContractIsInvalid() {
        fixture.givenNoPriorActivity().when(setting("-0.01", "USD", T0, null)).expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(setting("1000000000000000000", "USD", T0, null))
                .expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity().when(setting("1", "usd", T0, null)).expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(setting("1", "USD", null, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void staleIfMatchIsRefusedBeforeAnyRule() {
        fixture.given(set(T0, USD_800, null), set(T1, USD_950, USD_800))
                .when(setting("1", "EUR", T0, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void currentIfMatchIsAccepted() {
        fixture.given(set(T0, USD_800, null))
                .when(setting("950.25", "USD", T1, 0L))
                .expectEvents(set(T1, USD_950, USD_800));
    }

    @Test
    void ifMatchOnASpendNeverSetIsStale() {
        fixture.givenNoPriorActivity()
                .when(setting("800", "USD", T0, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantsSpendIsNotFound() {
        MarketingSpendSet others = new MarketingSpendSet(
                new TenantId("globex"), CAMPAIGN.spendId(), T0, "webinar", "spring-fair", NOVEMBER, USD_800, null);
        fixture.given(others)
                .when(setting("950.25", "USD", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
