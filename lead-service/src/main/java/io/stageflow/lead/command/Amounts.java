package io.stageflow.lead.command;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.StorableAmount;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What a deal amount must look like before it may enter an event (the contract's money schema). */
final class Amounts {
    static final String DEFAULT_CURRENCY = "EUR";
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private Amounts() {}

    static Money of(BigDecimal amount, String currency) {
        StorableAmount.require(amount);
        String code = currency == null ? DEFAULT_CURRENCY : currency;
        if (!ISO_4217.matcher(code).matches()) {
            throw new InvalidCommand(
                    "currency", "currency must be an ISO 4217 code such as EUR but was '" + code + "'");
        }
        return new Money(amount, code);
    }
}
