package io.stageflow.opportunity.pipeline;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pipelines for aggregate fixtures: every tenant's default pipeline, plus the versions a test adds. */
public final class InMemoryPipelineCatalog implements PipelineCatalog {
    private final Map<PipelineId, List<PipelineVersion>> pipelines = new HashMap<>();

    public InMemoryPipelineCatalog with(TenantId tenant, PipelineId id, PipelineDefinition definition) {
        List<PipelineVersion> versions = pipelines.computeIfAbsent(id, key -> new ArrayList<>());
        versions.add(new PipelineVersion(tenant, id, versions.size() + 1, definition, Instant.EPOCH));
        return this;
    }

    /** A definition from stage names alone, each with no criteria unless given as "name:field,field". */
    public static PipelineDefinition definition(String qualifying, String... stages) {
        List<PipelineStage> defined = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            String[] parts = stages[i].split(":", 2);
            List<String> criteria = parts.length > 1 ? List.of(parts[1].split(",")) : List.of();
            defined.add(new PipelineStage(parts[0], Math.min(100, (i + 1) * 20), criteria));
        }
        return new PipelineDefinition("test", defined, qualifying, 30);
    }

    @Override
    public Optional<PipelineVersion> version(TenantId tenant, PipelineId pipeline, int version) {
        return versions(tenant, pipeline).stream()
                .filter(v -> v.version() == version)
                .findFirst();
    }

    @Override
    public List<PipelineVersion> versions(TenantId tenant, PipelineId pipeline) {
        List<PipelineVersion> versions = pipelines.getOrDefault(pipeline, List.of());
        if (versions.isEmpty() && pipeline.equals(PipelineId.defaultFor(tenant))) {
            return List.of(DefaultPipeline.versionOne(tenant));
        }
        return versions.isEmpty() || !versions.get(0).tenantId().equals(tenant) ? List.of() : versions;
    }
}
