package io.stageflow.kit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.kit.domain.InvalidCommand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts, key texts and periods: every mistake names the field a client has to fix. */
class PlanInputsTest {

    private static void assertInvalid(String field, Runnable input) {
        assertThatThrownBy(input::run).isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.field())
                .isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "50000", "50000.50", "999999999999999999.999999", "1.5000000000", "1E+17"})
    void amountsWithinWhatReadModelsHoldAreAccepted(String amount) {
        assertThat(PlanAmounts.of(new BigDecimal(amount), "EUR")).isEqualTo(new Money(new BigDecimal(amount), "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1000000000000000000", "0.0000001", "1E+18"})
    void amountsOutsideAreInvalid(String amount) {
        assertInvalid("amount", () -> PlanAmounts.of(new BigDecimal(amount), "EUR"));
    }

    @Test
    void amountIsRequired() {
        assertInvalid("amount", () -> PlanAmounts.of(null, "EUR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EURO", "E1R", ""})
    void currencyMustBeAnIsoCode(String currency) {
        assertInvalid("currency", () -> PlanAmounts.of(BigDecimal.ONE, currency));
    }

    @Test
    void theScaleOfAnAmountDoesNotMakeItAnother() {
        assertThat(PlanAmounts.same(
                        new Money(new BigDecimal("5000"), "EUR"), new Money(new BigDecimal("5000.00"), "EUR")))
                .isTrue();
        assertThat(PlanAmounts.same(new Money(new BigDecimal("5000"), "EUR"), new Money(new BigDecimal("5000"), "USD")))
                .isFalse();
        assertThat(PlanAmounts.same(
                        new Money(new BigDecimal("5000"), "EUR"), new Money(new BigDecimal("5000.01"), "EUR")))
                .isFalse();
    }

    @Test
    void keyTextIsTrimmedAndBounded() {
        assertThat(PlanText.required("channel", "  web ")).isEqualTo("web");
        assertThat(PlanText.required("channel", "w".repeat(200))).hasSize(200);
        assertThat(PlanText.optional("campaign", null)).isNull();
        assertInvalid("channel", () -> PlanText.required("channel", null));
        assertInvalid("channel", () -> PlanText.required("channel", " \t"));
        assertInvalid("channel", () -> PlanText.required("channel", "w".repeat(201)));
        assertInvalid("campaign", () -> PlanText.optional("campaign", ""));
    }

    @ParameterizedTest
    @CsvSource({"2026, 2026", "2026-q4, 2026-Q4", "' 2026-11 ', 2026-11"})
    void periodsAreReadAsPeopleTypeThem(String typed, String period) {
        assertThat(PlanPeriods.parse(typed)).isEqualTo(new Period(period));
        assertThat(PlanPeriods.yearOf(new Period(period))).isEqualTo(2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-Q5", "2026-13", "2026-W04", "2026-11-01"})
    void anyOtherPeriodIsInvalidNamingIt(String typed) {
        assertInvalid("period", () -> PlanPeriods.parse(typed));
        assertInvalid("period", () -> PlanPeriods.optional(typed));
    }

    @Test
    void aMissingPeriodIsInvalidButAnAbsentFilterIsNone() {
        assertInvalid("period", () -> PlanPeriods.parse(null));
        assertThat(PlanPeriods.optional(null)).isNull();
        assertThat(PlanPeriods.year(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "20266", "2026-Q4", "twenty"})
    void yearIsFourDigits(String typed) {
        assertInvalid("year", () -> PlanPeriods.year(typed));
    }
}
