package io.stageflow.opportunity.account.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

import io.stageflow.events.Money;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.events.ids.AccountId;
import io.stageflow.events.ids.OpportunityId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.AggregateAccess;
import io.stageflow.kit.domain.BusinessTime;
import io.stageflow.kit.domain.ExpectedVersion;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.kit.security.AccessRefused;
import io.stageflow.kit.security.CallerMetaData;
import io.stageflow.kit.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A company deals are sold to, and what CLV and retention are computed from. Command handlers decide
 * and apply; event-sourcing handlers only assign. Every handler answers with the account's version
 * after it, the sequence number of its last event. Won deals are facts reported by opportunities:
 * each counts once (by opportunity id), in whatever business-time order they arrive (docs/accounts.md).
 */
@Aggregate
public class Account {
    @AggregateIdentifier
    private AccountId accountId;

    private TenantId tenantId;
    private String ownerId;
    private AccountStatus status;
    private final Set<OpportunityId> countedDeals = new HashSet<>();
    private Instant churnedAt;
    /** The latest business time of any event: what the account's own changes may not predate. */
    private Instant lastOccurredAt;

    protected Account() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(CreateAccount command) {
        BusinessTime.require(command.occurredAt());
        apply(new AccountCreated(
                command.tenantId(),
                command.accountId(),
                command.occurredAt(),
                AccountInput.text("name", command.name()),
                AccountInput.text("industry", command.industry()),
                AccountInput.text("region", command.region()),
                AccountInput.text("ownerId", command.ownerId())));
        return getVersion();
    }

    /**
     * The first won deal makes a prospect a customer; so does a deal won since the last churn (a
     * win-back). Any other deal is a purchase, a late-reported one dated before the churn included.
     */
    @CommandHandler
    long handle(RecordWin command) {
        requireAccess(command.tenantId(), null);
        AccountInput.requireReportableWin(command);
        if (countedDeals.contains(command.opportunityId())) {
            return getVersion();
        }
        boolean winBack =
                status == AccountStatus.CHURNED && !command.occurredAt().isBefore(churnedAt);
        if (status == AccountStatus.PROSPECT || winBack) {
            apply(new AccountBecameCustomer(
                    tenantId,
                    accountId,
                    command.occurredAt(),
                    command.opportunityId(),
                    command.amount(),
                    winBack,
                    command.source()));
        } else {
            apply(new AccountPurchaseMade(
                    tenantId, accountId, command.occurredAt(), command.opportunityId(), command.amount()));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(ChurnAccount command) {
        requireChange(command.tenantId(), command.expectedVersion());
        String reason = AccountInput.text("reason", command.reason());
        Instant at = requireCustomer("churn", command.occurredAt());
        apply(new AccountChurned(tenantId, accountId, at, reason));
        return getVersion();
    }

    @CommandHandler
    long handle(RenewAccount command) {
        requireChange(command.tenantId(), command.expectedVersion());
        BusinessTime.require(command.occurredAt());
        Money amount = AccountInput.optionalAmount(command.amount(), command.currency());
        LocalDate renewedUntil = AccountInput.renewedUntil(command.renewedUntil(), command.occurredAt());
        Instant at = requireCustomer("renew", command.occurredAt());
        apply(new AccountRenewed(tenantId, accountId, at, amount, renewedUntil));
        return getVersion();
    }

    private void requireAccess(TenantId caller, Long expectedVersion) {
        AggregateAccess.require(tenantId, caller, expectedVersion, "account", accountId.value());
    }

    /**
     * Accounts are shared within the tenant's sales team (every rep sees every account), but only its
     * owner, a manager or an executive churns or renews one. The system (a deal won) may always.
     */
    private void requireChange(TenantId caller, Long expectedVersion) {
        AggregateAccess.require(tenantId, caller, null, "account", accountId.value());
        CallerMetaData.current()
                .filter(who ->
                        !who.hasAny(Role.MANAGER, Role.EXECUTIVE) && !who.user().equals(ownerId))
                .ifPresent(who -> {
                    throw new AccessRefused(
                            "Only the account's owner, a manager or an executive churns or renews an account.");
                });
        ExpectedVersion.require(expectedVersion, accountId.value());
    }

    /** When the change happens, if the account is a customer's. */
    private Instant requireCustomer(String change, Instant occurredAt) {
        BusinessTime.require(occurredAt);
        if (status != AccountStatus.CUSTOMER) {
            throw new RuleViolation("account " + accountId + " is " + status + ": only a customer can " + change);
        }
        return BusinessTime.notBefore(occurredAt, lastOccurredAt, "account");
    }

    @EventSourcingHandler
    void on(AccountCreated event) {
        accountId = event.accountId();
        tenantId = event.tenantId();
        ownerId = event.ownerId();
        status = AccountStatus.PROSPECT;
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(AccountBecameCustomer event) {
        status = AccountStatus.CUSTOMER;
        churnedAt = null;
        countDeal(event.opportunityId(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(AccountPurchaseMade event) {
        countDeal(event.opportunityId(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(AccountChurned event) {
        status = AccountStatus.CHURNED;
        churnedAt = event.occurredAt();
        lastOccurredAt = event.occurredAt();
    }

    @EventSourcingHandler
    void on(AccountRenewed event) {
        lastOccurredAt = event.occurredAt();
    }

    private void countDeal(OpportunityId opportunityId, Instant occurredAt) {
        countedDeals.add(opportunityId);
        if (occurredAt.isAfter(lastOccurredAt)) {
            lastOccurredAt = occurredAt;
        }
    }
}
