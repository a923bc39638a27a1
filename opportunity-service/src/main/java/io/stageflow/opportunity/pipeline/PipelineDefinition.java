package io.stageflow.opportunity.pipeline;

import io.stageflow.events.process.PipelineStage;
import io.stageflow.kit.domain.InvalidCommand;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one version of a pipeline says: its stages in order, the stage that qualifies an opportunity
 * and after how many days in one stage a deal is rotten. {@link #of} is the only way in from outside,
 * and it names the field at fault for anything a client can get wrong.
 */
public record PipelineDefinition(
        String name, List<PipelineStage> stages, String qualifyingStage, Integer rottenAfterDays) {
    static final int MAX_STAGES = 30;
    private static final int MAX_NAME = 200;
    private static final int MAX_STAGE_NAME = 100;
    private static final int MAX_FIELD_NAME = 64;
    private static final int MAX_ROTTEN_DAYS = 3650;
    // Outcomes have commands of their own; a stage named like one would make histories ambiguous.
    private static final Set<String> RESERVED = Set.of("WON", "LOST");

    public PipelineDefinition {
        stages = List.copyOf(stages);
    }

    /** A stage as requested: {@code probability} may be missing, which is the client's mistake. */
    public record StageInput(String name, Integer probability, List<String> entryCriteria) {}

    public static PipelineDefinition of(
            String name, List<StageInput> stages, String qualifyingStage, Integer rottenAfterDays) {
        String pipelineName = text("name", name, MAX_NAME);
        if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new InvalidCommand("stages", "a pipeline has between 1 and " + MAX_STAGES + " stages");
        }
        List<PipelineStage> defined = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            PipelineStage stage = stage("stages[" + i + "]", stages.get(i));
            if (!names.add(stage.name())) {
                throw new InvalidCommand("stages[" + i + "].name", "stage '" + stage.name() + "' is listed twice");
            }
            defined.add(stage);
        }
        String qualifying = qualifyingStage == null ? null : normalised(qualifyingStage);
        if (qualifying == null || !names.contains(qualifying)) {
            throw new InvalidCommand(
                    "qualifyingStage", "qualifyingStage must name one of the pipeline's stages " + names(defined));
        }
        if (rottenAfterDays != null && (rottenAfterDays < 1 || rottenAfterDays > MAX_ROTTEN_DAYS)) {
            throw new InvalidCommand(
                    "rottenAfterDays", "rottenAfterDays is between 1 and " + MAX_ROTTEN_DAYS + ", or absent for never");
        }
        return new PipelineDefinition(pipelineName, defined, qualifying, rottenAfterDays);
    }

    public List<String> stageNames() {
        return names(stages);
    }

    private static PipelineStage stage(String field, StageInput input) {
        if (input == null) {
            throw new InvalidCommand(field, field + " is missing");
        }
        String name = text(field + ".name", input.name(), MAX_STAGE_NAME);
        if (RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
            throw new InvalidCommand(
                    field + ".name", "'" + name + "' is an outcome, not a stage: win and lose have their own requests");
        }
        Integer probability = input.probability();
        if (probability == null || probability < 0 || probability > 100) {
            throw new InvalidCommand(field + ".probability", "probability is a percentage from 0 to 100");
        }
        List<String> criteria = new ArrayList<>();
        List<String> requested = input.entryCriteria() == null ? List.of() : input.entryCriteria();
        for (int i = 0; i < requested.size(); i++) {
            String criterion = text(field + ".entryCriteria[" + i + "]", requested.get(i), MAX_FIELD_NAME);
            if (!criteria.contains(criterion)) {
                criteria.add(criterion);
            }
        }
        return new PipelineStage(name, probability, criteria);
    }

    /**
     * Trimmed and in Unicode NFC, so that the same name typed on two keyboards (composed or
     * decomposed accents) is one name; Chinese and every other script pass through unchanged.
     */
    public static String normalised(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String text(String field, String value, int max) {
        String text = value == null ? "" : normalised(value);
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidCommand(field, field + " must be between 1 and " + max + " characters");
        }
        return text;
    }

    private static List<String> names(List<PipelineStage> stages) {
        return stages.stream().map(PipelineStage::name).toList();
    }
}
