package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.InvalidCommand;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a quota or a spend must look like before it may enter an event: the contract's money (zero or
 * more, an ISO 4217 code) and a size every read model can store exactly (MongoDB's Decimal128 holds 34
 * digits; an amount it cannot hold would stop the list's processor on every retry).
 */
public final class PlanAmounts {
    static final int INTEGER_DIGITS = 18;
    static final int FRACTION_DIGITS = 6;
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private PlanAmounts() {}

    public static Money of(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidCommand("amount", "amount must be zero or more but was " + amount);
        }
        BigDecimal significant = amount.stripTrailingZeros();
        if (significant.precision() - significant.scale() > INTEGER_DIGITS || significant.scale() > FRACTION_DIGITS) {
            throw new InvalidCommand(
                    "amount",
                    "amount may have at most " + INTEGER_DIGITS + " digits before and " + FRACTION_DIGITS
                            + " after the decimal point but was " + amount.toPlainString());
        }
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new InvalidCommand(
                    "currency", "currency must be an ISO 4217 code such as EUR but was '" + currency + "'");
        }
        return new Money(amount, currency);
    }

    /** 5000 EUR and 5000.00 EUR are one amount: the scale is how it was typed, not a different figure. */
    static boolean same(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }
}
