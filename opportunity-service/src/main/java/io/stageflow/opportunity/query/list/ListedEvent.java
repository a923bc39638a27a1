package io.stageflow.opportunity.query.list;

import io.stageflow.events.OpportunityEvent;
import java.time.Instant;

/** An event as the list needs it: with its aggregate sequence number and the time it was recorded. */
record ListedEvent(OpportunityEvent event, long sequence, Instant recordedAt) {}
