package io.stageflow.opportunity.account.query;

import java.time.Instant;

/**
 * One event of an account's history: {@code event} a short name such as {@code BECAME_CUSTOMER},
 * {@code status} the account's status after it, {@code occurredAt} business time (may be back-dated)
 * and {@code recordedAt} when the service stored it.
 */
public record AccountHistoryEntry(String event, String status, Instant occurredAt, Instant recordedAt) {}
