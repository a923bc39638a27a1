package io.stageflow.opportunity.quota;

import static org.hamcrest.Matchers.containsString;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.plan.QuotaSet;
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

class QuotaTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final QuotaKey KEY = new QuotaKey(TENANT, QuotaScope.REP, "rep-7", new Period("2026-Q4"));
    private static final Money EUR_50K = new Money(new BigDecimal("50000"), "EUR");
    private static final Money EUR_60K = new Money(new BigDecimal("60000"), "EUR");
    private static final Instant T0 = Instant.parse("2026-09-15T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private FixtureConfiguration<Quota> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Quota.class);
    }

    private static QuotaSet set(Instant at, Money amount, Money previous) {
        return new QuotaSet(TENANT, KEY.quotaId(), at, "REP", "rep-7", KEY.period(), amount, previous);
    }

    private static SetQuota setting(String amount, String currency, Instant at, Long expectedVersion) {
        return new SetQuota(KEY, new BigDecimal(amount), currency, at, expectedVersion);
    }

    @Test
    void firstSettingCreatesTheQuotaWithoutAPrevious() {
        fixture.givenNoPriorActivity()
                .when(setting("50000", "EUR", T0, null))
                .expectEvents(set(T0, EUR_50K, null))
                .expectResultMessagePayload(new PlanOutcome(0, true, EUR_50K));
    }

    @Test
    void revisionRecordsTheAmountItReplaces() {
        fixture.given(set(T0, EUR_50K, null))
                .when(setting("60000", "EUR", T1, null))
                .expectEvents(set(T1, EUR_60K, EUR_50K))
                .expectResultMessagePayload(new PlanOutcome(1, false, EUR_60K));
    }

    @Test
    void settingTheAmountItHasRecordsNothingAndKeepsTheVersion() {
        fixture.given(set(T0, EUR_50K, null), set(T1, EUR_60K, EUR_50K))
                .when(setting("60000.00", "EUR", T1, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new PlanOutcome(1, false, EUR_60K));
    }

    @Test
    void revisionCannotChangeTheCurrency() {
        fixture.given(set(T0, EUR_50K, null))
                .when(setting("50000", "USD", T1, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("currency"))
                .expectNoEvents();
    }

    @Test
    void revisionCannotBeBackdatedBeforeThePreviousSetting() {
        fixture.given(set(T1, EUR_50K, null))
                .when(setting("60000", "EUR", T0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void revisionAtTheSameInstantIsAccepted() {
        fixture.given(set(T0, EUR_50K, null))
                .when(setting("60000", "EUR", T0, null))
                .expectEvents(set(T0, EUR_60K, EUR_50K));
    }

    @Test
    void negativeAmountIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(setting("-1", "EUR", T0, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void amountBeyondWhatReadModelsHoldIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(setting("0.1234567", "EUR", T0, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void zeroIsAQuota() {
        Money zero = new Money(BigDecimal.ZERO, "EUR");
        fixture.givenNoPriorActivity().when(setting("0", "EUR", T0, null)).expectEvents(set(T0, zero, null));
    }

    @Test
    void currencyMustBeAnIsoCode() {
        fixture.givenNoPriorActivity()
                .when(setting("1", "eur", T0, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void occurredAtIsRequired() {
        fixture.givenNoPriorActivity()
                .when(setting("1", "EUR", null, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void staleIfMatchIsRefusedBeforeAnyRule() {
        fixture.given(set(T0, EUR_50K, null), set(T1, EUR_60K, EUR_50K))
                .when(setting("70000", "USD", T0, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void currentIfMatchIsAccepted() {
        fixture.given(set(T0, EUR_50K, null))
                .when(setting("60000", "EUR", T1, 0L))
                .expectEvents(set(T1, EUR_60K, EUR_50K));
    }

    @Test
    void ifMatchOnAQuotaNeverSetIsStale() {
        fixture.givenNoPriorActivity()
                .when(setting("50000", "EUR", T0, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantsQuotaIsNotFound() {
        QuotaSet othersQuota =
                new QuotaSet(new TenantId("globex"), KEY.quotaId(), T0, "REP", "rep-7", KEY.period(), EUR_50K, null);
        fixture.given(othersQuota)
                .when(setting("60000", "EUR", T1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
