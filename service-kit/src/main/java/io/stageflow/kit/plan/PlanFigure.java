package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.RuleViolation;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * A quota or a spend as its aggregate holds it: whose it is, its amount and when (business time) it
 * was last set. Setting one is create-or-revise, and the rules are the same for both kinds.
 */
public record PlanFigure(TenantId tenant, Money amount, Instant lastOccurredAt) {
    /** What If-Match is compared with while a figure has never been set: no version yet. */
    public static final long NO_VERSION = -1;

    /** What a setting records: the amount, and when it happens. */
    public record Setting(Money amount, Instant occurredAt) {}

    /**
     * What a setting records, or empty when the figure is that amount already: a PUT repeated
     * (a retry whose answer was lost) changes nothing and is no error. In the order every command
     * checks: tenant, then If-Match (a version named for a figure never set is stale too), then the
     * input (400), then the rules on the current figure (409): a revision keeps the currency, since
     * nothing converts amounts and attainment or CAC would otherwise mix currencies; and it may not
     * be back-dated before the previous setting.
     *
     * @param current null while the figure has never been set
     * @param kind how the figure is named in messages, e.g. "quota"
     */
    public static Optional<Setting> decide(PlanFigure current, SetsPlanFigure command, String kind, String id) {
        if (current == null) {
            if (command.expectedVersion() != null) {
                throw new ConflictingAggregateVersionException(id, command.expectedVersion(), NO_VERSION);
            }
        } else {
            AggregateAccess.require(current.tenant(), command.tenantId(), command.expectedVersion(), kind, id);
        }
        Money to = PlanAmounts.of(command.amount(), command.currency());
        BusinessTime.require(command.occurredAt());
        if (current == null) {
            return Optional.of(new Setting(to, command.occurredAt()));
        }
        if (PlanAmounts.same(current.amount(), to)) {
            return Optional.empty();
        }
        if (!current.amount().currency().equals(to.currency())) {
            throw new RuleViolation("the " + kind + " is in " + current.amount().currency()
                    + " and a revision keeps its currency; " + to.currency() + " was given");
        }
        return Optional.of(
                new Setting(to, BusinessTime.notBefore(command.occurredAt(), current.lastOccurredAt(), kind)));
    }
}
