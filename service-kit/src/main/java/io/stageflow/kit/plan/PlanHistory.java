package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import java.util.List;

/** A figure as its events say it is now, with every setting oldest first; {@code version} is its ETag. */
public record PlanHistory(String id, Money amount, long version, List<PlanHistoryEntry> history) {}
