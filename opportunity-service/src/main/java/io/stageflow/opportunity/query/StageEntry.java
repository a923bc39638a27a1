package io.stageflow.opportunity.query;

import java.time.Instant;

/**
 * One step of an opportunity's history: what happened ({@code event}: OPENED, STAGE_CHANGED,
 * STAGE_CORRECTED, WON, LOST or REOPENED), the stage it left the opportunity in (or WON/LOST), when
 * that was in business time ({@code enteredAt}, which imports and corrections may back-date) and when
 * this service recorded it ({@code recordedAt}, never back-dated). {@code reason} is a correction's or
 * a loss's reason. Steps are listed in the order they were recorded, so a correction appears where
 * it was made, with the earlier time it corrects.
 */
public record StageEntry(String event, String stage, Instant enteredAt, Instant recordedAt, String reason) {}
