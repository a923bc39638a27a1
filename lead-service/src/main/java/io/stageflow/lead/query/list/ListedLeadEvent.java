package io.stageflow.lead.query.list;

import io.stageflow.events.LeadEvent;
import java.time.Instant;

/** An event as the list needs it: with its aggregate sequence number and the time it was recorded. */
record ListedLeadEvent(LeadEvent event, long sequence, Instant recordedAt) {}
