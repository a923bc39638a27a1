package io.stageflow.lead.query;

import java.time.Instant;

/**
 * One event of a lead's history: {@code event} a short name such as {@code STAGE_CHANGED}, {@code stage}
 * the lead's stage after it, {@code occurredAt} business time (may be back-dated) and {@code recordedAt}
 * when the service stored it; {@code reason} a disqualification's or a correction's reason, else null.
 * Entries are listed in the order they were recorded, so a correction appears where it was made, with
 * the earlier time it corrects.
 */
public record LeadHistoryEntry(String event, String stage, Instant occurredAt, Instant recordedAt, String reason) {}
