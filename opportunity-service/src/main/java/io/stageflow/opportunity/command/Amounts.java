package io.stageflow.opportunity.command;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.StorableAmount;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What a deal amount must look like before it may enter an event (the contract's money schema). */
final class Amounts {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private Amounts() {}

    static Money of(BigDecimal amount, String currency) {
        StorableAmount.require(amount);
        if (currency == null || !ISO_4217.matcher(currency).matches()) {
            throw new InvalidCommand(
                    "currency", "currency must be an ISO 4217 code such as EUR but was '" + currency + "'");
        }
        return new Money(amount, currency);
    }
}
