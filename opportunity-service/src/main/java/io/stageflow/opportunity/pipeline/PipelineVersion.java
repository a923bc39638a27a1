package io.stageflow.opportunity.pipeline;

import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One version of one tenant's pipeline, as opportunities on it see it. Versions never change. */
public record PipelineVersion(
        TenantId tenantId, PipelineId pipelineId, int version, PipelineDefinition definition, Instant definedAt) {

    public static PipelineVersion of(PipelineDefined event) {
        return new PipelineVersion(
                event.tenantId(),
                event.pipelineId(),
                event.version(),
                new PipelineDefinition(event.name(), event.stages(), event.qualifyingStage(), event.rottenAfterDays()),
                event.occurredAt());
    }

    public PipelineStage first() {
        return definition.stages().get(0);
    }

    /** The stage's position, or -1 when this version has no stage of that name. */
    public int indexOf(String stage) {
        return definition.stageNames().indexOf(stage == null ? null : PipelineDefinition.normalised(stage));
    }

    public Optional<PipelineStage> stage(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(definition.stages().get(index));
    }

    /**
     * The fields an opportunity needs to move from {@code from} to {@code to}: the target's entry
     * criteria and, moving forward, those of every stage it skips, since reaching a stage means having
     * passed through the ones before it. Moving back asks only for the target's own. An opportunity
     * whose stage this version does not know (none does, when it is {@code null}) is treated as being
     * before the first stage.
     */
    public Set<String> criteriaToEnter(String from, String to) {
        int target = indexOf(to);
        int start = Math.max(indexOf(from) + 1, 0);
        Set<String> required = new LinkedHashSet<>();
        for (int i = Math.min(start, target); i <= target; i++) {
            required.addAll(definition.stages().get(i).entryCriteria());
        }
        return required;
    }

    /** Whether being in {@code stage} means being past the qualifying point. */
    public boolean qualifies(String stage) {
        int index = indexOf(stage);
        return index >= 0 && index >= indexOf(definition.qualifyingStage());
    }

    public List<String> stageNames() {
        return definition.stageNames();
    }

    public String describe() {
        return "'" + definition.name() + "' v" + version + " " + stageNames();
    }
}
