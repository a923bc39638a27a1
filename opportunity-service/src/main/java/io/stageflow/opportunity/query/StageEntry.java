package io.stageflow.opportunity.query;

import java.time.Instant;

/**
 * One step of an opportunity's history: the stage (or WON/LOST), when it was entered in business
 * time ({@code enteredAt}, which imports and corrections may back-date) and when this service
 * recorded that ({@code recordedAt}, the stored event's timestamp, never back-dated).
 */
public record StageEntry(String stage, Instant enteredAt, Instant recordedAt) {}
