package io.stageflow.opportunity.account.query;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.EventType;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds one account's events, oldest first, into its {@link AccountView}. A purchase leaves the
 * status alone: one reported late and dated before a churn does not undo the churn.
 */
final class AccountFold {
    private static final String ACCOUNT_PREFIX = "ACCOUNT_";

    private final AccountCreated created;
    private final List<Purchase> purchases = new ArrayList<>();
    private final List<Renewal> renewals = new ArrayList<>();
    private final List<AccountHistoryEntry> history = new ArrayList<>();
    private long version;
    private AccountStatus status = AccountStatus.PROSPECT;
    private Instant customerSince;
    private Instant churnedAt;
    private String churnReason;

    AccountFold(AccountCreated created, long sequence, Instant recordedAt) {
        this.created = created;
        record(created, sequence, recordedAt);
    }

    void apply(AccountEvent event, long sequence, Instant recordedAt) {
        if (event instanceof AccountBecameCustomer customer) {
            status = AccountStatus.CUSTOMER;
            customerSince = customer.occurredAt();
            churnedAt = null;
            churnReason = null;
            purchases.add(new Purchase(customer.opportunityId(), customer.amount(), customer.occurredAt(), recordedAt));
        } else if (event instanceof AccountPurchaseMade purchase) {
            purchases.add(new Purchase(purchase.opportunityId(), purchase.amount(), purchase.occurredAt(), recordedAt));
        } else if (event instanceof AccountChurned churned) {
            status = AccountStatus.CHURNED;
            churnedAt = churned.occurredAt();
            churnReason = churned.reason();
        } else if (event instanceof AccountRenewed renewed) {
            renewals.add(new Renewal(renewed.amount(), renewed.renewedUntil(), renewed.occurredAt(), recordedAt));
        }
        // Any account event, even one this view does not interpret, moves the version on and is history.
        record(event, sequence, recordedAt);
    }

    AccountView view() {
        return new AccountView(
                created.accountId(),
                version,
                created.name(),
                created.industry(),
                created.region(),
                created.ownerId(),
                status,
                created.occurredAt(),
                customerSince,
                churnedAt,
                churnReason,
                List.copyOf(purchases),
                List.copyOf(renewals),
                List.copyOf(history));
    }

    private void record(AccountEvent event, long sequence, Instant recordedAt) {
        version = sequence;
        history.add(new AccountHistoryEntry(shortName(event), status.name(), event.occurredAt(), recordedAt));
    }

    /** The contract's name without its aggregate: {@code ACCOUNT_CHURNED} reads as {@code CHURNED}. */
    private static String shortName(AccountEvent event) {
        return EventType.of(event).name().substring(ACCOUNT_PREFIX.length());
    }
}
