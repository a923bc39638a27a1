package io.stageflow.opportunity.account.command;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.plan.PlanAmounts;
import io.stageflow.kit.plan.PlanText;
import io.stageflow.kit.web.OccurredAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a command's content must look like whatever the account's state (else 400, naming the
 * field): the contract's text and money types, so that no stored event can break its own schema.
 */
final class AccountInput {
    private AccountInput() {}

    /** Trimmed, 1 to 200 characters. */
    static String text(String field, String value) {
        return PlanText.required(field, value);
    }

    /** A renewal's value: none, or an amount of zero or more with its ISO 4217 currency. */
    static Money optionalAmount(BigDecimal amount, String currency) {
        return amount == null && currency == null ? null : PlanAmounts.of(amount, currency);
    }

    /** A contract cannot be renewed until a day before the renewal itself (in UTC). */
    static LocalDate renewedUntil(LocalDate renewedUntil, Instant occurredAt) {
        LocalDate renewedOn = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
        if (renewedUntil != null && renewedUntil.isBefore(renewedOn)) {
            throw new InvalidCommand(
                    "renewedUntil", "renewedUntil " + renewedUntil + " is before the renewal on " + renewedOn);
        }
        return renewedUntil;
    }

    /**
     * A won deal is a fact another aggregate reports, so it may be dated before anything the account
     * has seen; it only may not lie in the future of when it was reported (beyond clock skew).
     */
    static void requireReportableWin(RecordWin command) {
        if (command.opportunityId() == null || command.amount() == null || command.reportedAt() == null) {
            throw new InvalidCommand("a won deal needs its opportunity, amount and time of report");
        }
        BusinessTime.require(command.occurredAt());
        if (command.occurredAt().isAfter(command.reportedAt().plus(OccurredAt.MAX_CLOCK_SKEW))) {
            throw new InvalidCommand(
                    "occurredAt",
                    "the deal " + command.opportunityId() + " was won at " + command.occurredAt()
                            + ", after it was reported at " + command.reportedAt());
        }
    }
}
