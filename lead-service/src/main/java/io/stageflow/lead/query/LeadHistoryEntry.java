package io.stageflow.lead.query;

import java.time.Instant;

/**
 * One event of a lead's history: {@code event} a short name such as {@code STAGE_CHANGED}, {@code stage}
 * the lead's stage after it, {@code occurredAt} business time (may be back-dated) and {@code recordedAt}
 * when the service stored it.
 */
public record LeadHistoryEntry(String event, String stage, Instant occurredAt, Instant recordedAt) {}
