package io.stageflow.kit.plan;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import java.time.Instant;
import java.util.Map;

/**
 * One figure in a list, as of its last setting: {@code occurredAt} when that applies from (business
 * time), {@code updatedAt} when it was recorded, {@code version} its sequence. {@code key} holds the
 * figure's key parts by contract field name.
 */
public record PlanListItem(
        String id,
        Map<String, String> key,
        Period period,
        Money amount,
        Instant occurredAt,
        Instant updatedAt,
        long version) {}
