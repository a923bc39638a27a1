package io.stageflow.opportunity.query;

import java.time.Instant;

/** One step of an opportunity's history: the stage (or WON/LOST) and when it was entered, in business time. */
public record StageEntry(String stage, Instant enteredAt) {}
