package io.stageflow.kit.domain;

import java.math.BigDecimal;

/**
 * The size every amount must keep before it may enter an event: zero or more, at most 18 digits
 * before and 6 after the decimal point. MongoDB's Decimal128 holds 34 digits; an amount it cannot
 * hold (1e309, say) would stop every read model's processor on every retry.
 */
public final class StorableAmount {
    public static final int INTEGER_DIGITS = 18;
    public static final int FRACTION_DIGITS = 6;

    private StorableAmount() {}

    public static BigDecimal require(BigDecimal amount) {
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
        return amount;
    }
}
