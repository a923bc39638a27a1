package io.stageflow.metrics.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline definitions one answer looks up, each once, and which of those versions it found: the
 * answer states both, since a version not (yet) known changes what it can say.
 */
final class DefinitionsUsed {
    private final PipelineDefinitions definitions;
    private final String tenant;
    private final Map<PipelineRef, Optional<PipelineDefinitions.Definition>> seen = new HashMap<>();

    DefinitionsUsed(PipelineDefinitions definitions, String tenant) {
        this.definitions = definitions;
        this.tenant = tenant;
    }

    Optional<PipelineDefinitions.Definition> find(String pipelineId, int version) {
        return seen.computeIfAbsent(
                new PipelineRef(pipelineId, version), ref -> definitions.find(tenant, pipelineId, version));
    }

    List<PipelineRef> found() {
        return refs(true);
    }

    List<PipelineRef> missing() {
        return refs(false);
    }

    private List<PipelineRef> refs(boolean found) {
        return seen.entrySet().stream()
                .filter(e -> e.getValue().isPresent() == found)
                .map(Map.Entry::getKey)
                .sorted(PipelineRef.ORDER)
                .toList();
    }
}
