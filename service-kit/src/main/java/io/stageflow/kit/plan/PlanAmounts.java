package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.StorableAmount;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a quota or a spend must look like before it may enter an event: the contract's money (an ISO
 * 4217 code) of a {@link StorableAmount}.
 */
public final class PlanAmounts {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private PlanAmounts() {}

    public static Money of(BigDecimal amount, String currency) {
        StorableAmount.require(amount);
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
