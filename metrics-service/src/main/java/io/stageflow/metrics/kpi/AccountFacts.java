package io.stageflow.metrics.kpi;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.Money;
import io.stageflow.events.account.AccountBecameCustomer;
import io.stageflow.events.account.AccountChurned;
import io.stageflow.events.account.AccountCreated;
import io.stageflow.events.account.AccountPurchaseMade;
import io.stageflow.events.account.AccountRenewed;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How account events change the account cells: new and won-back customers, purchases (the first
 * win included) with their amounts, churn and renewals on the tenant-local day they occurred, and
 * the number of customers kept as daily changes (+1 on becoming one, -1 on churn), so its sum up to
 * a day is the customers as of that day. Slices: the account's industry, region and owner; a new
 * or won-back customer also counts in the source of the deal that won it.
 */
final class AccountFacts implements AggregateFacts<AccountEvent, AccountState> {
    @Override
    public AggregateKey keyOf(AccountEvent event) {
        return new AggregateKey(event.tenantId().value(), event.accountId().value());
    }

    @Override
    public List<Contribution> apply(AccountState account, AccountEvent event, KafkaPosition position, ZoneId zone) {
        LocalDate day = event.occurredAt().atZone(zone).toLocalDate();
        List<Contribution> contributions = new ArrayList<>();
        Figures figures = new Figures();
        if (event instanceof AccountCreated created) {
            account.slices(KpiDimensions.accountSlices(created.industry(), created.region(), created.ownerId()));
        } else if (event instanceof AccountBecameCustomer became) {
            String acquired = became.returning() ? KpiFigures.WON_BACK : KpiFigures.NEW_CUSTOMERS;
            figures.count(acquired, 1);
            if (became.source() != null) {
                // The channel that won the customer: only the acquisition counts there, so CAC by
                // channel is the channel's spend per customer it won; the account is not "in" it.
                contributions.addAll(Contributions.of(
                        KpiFigures.ACCOUNTS,
                        account,
                        day,
                        List.of(Slice.of(KpiDimensions.SOURCE, became.source())),
                        new Figures().count(acquired, 1),
                        position));
            }
            if (!account.customer) {
                account.customer = true;
                figures.count(KpiFigures.CUSTOMERS, 1);
            }
            purchase(figures, became.amount());
        } else if (event instanceof AccountPurchaseMade purchase) {
            purchase(figures, purchase.amount());
        } else if (event instanceof AccountChurned) {
            figures.count(KpiFigures.CHURNED, 1);
            if (account.customer) {
                account.customer = false;
                figures.count(KpiFigures.CUSTOMERS, -1);
            }
        } else if (event instanceof AccountRenewed) {
            figures.count(KpiFigures.RENEWED, 1);
        }
        if (!figures.isEmpty()) {
            contributions.addAll(
                    Contributions.of(KpiFigures.ACCOUNTS, account, day, account.slices(), figures, position));
        }
        return contributions;
    }

    private static void purchase(Figures figures, Money amount) {
        figures.count(KpiFigures.PURCHASES, 1);
        if (amount != null) {
            figures.count(KpiFigures.purchasesIn(amount.currency()), 1)
                    .sum(KpiFigures.purchaseAmount(amount.currency()), amount.amount());
        }
    }
}
