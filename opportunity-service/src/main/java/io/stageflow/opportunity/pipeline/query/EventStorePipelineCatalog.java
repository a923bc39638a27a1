package io.stageflow.opportunity.pipeline.query;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.opportunity.pipeline.DefaultPipeline;
import io.stageflow.opportunity.pipeline.PipelineCatalog;
import io.stageflow.opportunity.pipeline.PipelineVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads pipelines from the event store. A version never changes once defined, so versions already
 * read are kept in memory: a stage move asks for its opportunity's version without a round trip.
 * Which versions exist (the latest) is always read afresh.
 */
@Component
class EventStorePipelineCatalog implements PipelineCatalog {
    private final EventStore eventStore;
    private final Map<VersionKey, PipelineVersion> known = new ConcurrentHashMap<>();

    EventStorePipelineCatalog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<PipelineVersion> version(TenantId tenant, PipelineId pipeline, int version) {
        PipelineVersion cached = known.get(new VersionKey(pipeline, version));
        if (cached != null) {
            return cached.tenantId().equals(tenant) ? Optional.of(cached) : Optional.empty();
        }
        return versions(tenant, pipeline).stream()
                .filter(v -> v.version() == version)
                .findFirst();
    }

    @Override
    public List<PipelineVersion> versions(TenantId tenant, PipelineId pipeline) {
        List<PipelineVersion> versions = new ArrayList<>();
        eventStore.readEvents(pipeline.value()).asStream().forEach(message -> {
            if (message.getPayload() instanceof PipelineDefined defined) {
                versions.add(PipelineVersion.of(defined));
            }
        });
        if (versions.isEmpty() && pipeline.equals(PipelineId.defaultFor(tenant))) {
            return List.of(DefaultPipeline.versionOne(tenant));
        }
        if (versions.isEmpty() || !versions.get(0).tenantId().equals(tenant)) {
            return List.of();
        }
        versions.forEach(v -> known.put(new VersionKey(pipeline, v.version()), v));
        return List.copyOf(versions);
    }

    private record VersionKey(PipelineId pipeline, int version) {}
}
