package io.stageflow.events.process;

import java.util.List;

/**
 * One stage of a pipeline: its name (free text, any language), the win probability in percent an
 * opportunity in it carries for forecasts, and the opportunity fields it requires on entry.
 */
public record PipelineStage(String name, int probability, List<String> entryCriteria) {
    public PipelineStage {
        entryCriteria = entryCriteria == null ? List.of() : List.copyOf(entryCriteria);
    }
}
