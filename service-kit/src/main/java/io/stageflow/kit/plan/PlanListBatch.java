package io.stageflow.kit.plan;

import io.stageflow.kit.readmodel.ListingUpdate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one processor batch until its last message writes them. Every setting carries the
 * whole figure, so per figure only the highest sequence matters, whatever order they came in, and
 * any setting may create the listing.
 */
final class PlanListBatch {
    private record Setting(PlanEntry entry, long sequence, Instant recordedAt) {}

    private final Map<String, Setting> latest = new LinkedHashMap<>();

    void add(PlanEntry entry, long sequence, Instant recordedAt) {
        latest.merge(
                entry.id(),
                new Setting(entry, sequence, recordedAt),
                (held, next) -> next.sequence() > held.sequence() ? next : held);
    }

    List<ListingUpdate> updates() {
        return latest.values().stream()
                .map(setting -> new ListingUpdate(
                        setting.entry().tenant(),
                        setting.entry().id(),
                        setting.sequence(),
                        setting.recordedAt(),
                        true,
                        PlanListDocuments.fields(setting.entry())))
                .toList();
    }
}
