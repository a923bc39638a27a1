package io.stageflow.opportunity.account.query;

import io.stageflow.events.ids.AccountId;
import io.stageflow.opportunity.account.command.AccountStatus;
import java.time.Instant;
import java.util.List;

/**
 * An account as its history says it is now. {@code version} is the sequence number of its last
 * event, the value of its ETag. {@code customerSince} is when the deal that last made it a customer
 * was won (null while a prospect); {@code churnedAt} and {@code churnReason} are set while churned.
 * {@code purchases} lists every counted deal in the order they were recorded.
 */
public record AccountView(
        AccountId accountId,
        long version,
        String name,
        String industry,
        String region,
        String ownerId,
        AccountStatus status,
        Instant createdAt,
        Instant customerSince,
        Instant churnedAt,
        String churnReason,
        List<Purchase> purchases,
        List<Renewal> renewals,
        List<AccountHistoryEntry> history) {}
