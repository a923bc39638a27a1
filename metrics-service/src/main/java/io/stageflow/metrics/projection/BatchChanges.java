package io.stageflow.metrics.projection;

import java.time.Instant;
import java.util.List;

/** Everything one processed batch writes: one update per journey and per new link, and the progress mark. */
public record BatchChanges(List<JourneyState> journeys, List<OpportunityLink> links, Instant lastRecordedAt) {}
