package io.stageflow.opportunity.pipeline.web;

import io.stageflow.opportunity.pipeline.PipelineDefinition;
import java.util.List;

/** A pipeline definition as a client sends it; {@link PipelineDefinition#of} says what is wrong with it. */
record PipelineRequest(
        String name, List<PipelineDefinition.StageInput> stages, String qualifyingStage, Integer rottenAfterDays) {

    PipelineDefinition definition() {
        return PipelineDefinition.of(name, stages, qualifyingStage, rottenAfterDays);
    }
}
