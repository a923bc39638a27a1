package io.stageflow.opportunity.command;

import io.stageflow.events.Money;
import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a change of an open opportunity's amount, close date or owner must look like. A change that
 * would change nothing is refused rather than recorded: it would still be an event, a new version
 * (failing everyone else's If-Match) and, for the close date, a "slip" of zero days in the metrics.
 */
final class FieldChanges {
    // The contract's text fields (owner and team ids, reasons) are 1 to 200 characters.
    private static final int MAX_TEXT = 200;

    private FieldChanges() {}

    /** The amount to change to; without a currency the opportunity keeps its current one. */
    static Money amount(Money current, BigDecimal amount, String currency) {
        return Amounts.of(amount, currency == null ? current.currency() : currency);
    }

    static LocalDate closeDate(LocalDate expectedCloseDate) {
        if (expectedCloseDate == null) {
            throw new InvalidCommand("expectedCloseDate", "expectedCloseDate is required");
        }
        return expectedCloseDate;
    }

    /** A free-text field of the contract: an owner or team id, a reason, a competitor. */
    static String text(String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new InvalidCommand(field, field + " must be between 1 and " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    /** 5000 EUR and 5000.00 EUR are one amount: scale is how it was typed, not a change of value. */
    static void requireAmountChange(Money from, Money to) {
        if (from.currency().equals(to.currency()) && from.amount().compareTo(to.amount()) == 0) {
            throw new RuleViolation("the amount is " + to.amount() + " " + to.currency() + " already");
        }
    }

    static void requireCloseDateChange(LocalDate from, LocalDate to) {
        if (to.equals(from)) {
            throw new RuleViolation("the expected close date is " + to + " already");
        }
    }

    static void requireOwnerChange(String fromOwner, String fromTeam, String owner, String team) {
        if (owner.equals(fromOwner) && team.equals(fromTeam)) {
            throw new RuleViolation("the opportunity already belongs to " + owner + " in " + team);
        }
    }
}
