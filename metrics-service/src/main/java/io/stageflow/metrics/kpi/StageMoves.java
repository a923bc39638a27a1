package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stage moves judged at query time by the stage order of the pipeline version each deal followed:
 * {@code advanced} to a later stage, {@code movedBack} to an earlier one, {@code unclassified} when
 * the version's definition is unknown (not received yet) or does not list both stages. Judging them
 * here, not when they are counted, lets a definition arrive after its deals and never needs a rebuild.
 */
record StageMoves(
        Tally advanced,
        Tally movedBack,
        Tally unclassified,
        List<PipelineRef> definitions,
        List<PipelineRef> missingDefinitions) {

    /** The pipeline versions the moves in {@code figures} followed: the definitions to look up. */
    static Set<PipelineRef> versionsIn(Figures figures) {
        return Tally.byKey(figures, KpiFigures.MOVE).keySet().stream()
                .map(StageMoves::versionOf)
                .collect(Collectors.toSet());
    }

    static StageMoves of(Figures figures, Map<PipelineRef, PipelineDefinitions.Definition> known) {
        Tally advanced = Tally.NONE;
        Tally movedBack = Tally.NONE;
        Tally unclassified = Tally.NONE;
        Set<PipelineRef> used = new TreeSet<>(PipelineRef.ORDER);
        Set<PipelineRef> missing = new TreeSet<>(PipelineRef.ORDER);
        for (Map.Entry<List<String>, Tally> move :
                Tally.byKey(figures, KpiFigures.MOVE).entrySet()) {
            PipelineRef version = versionOf(move.getKey());
            PipelineDefinitions.Definition definition = known.get(version);
            if (definition != null) {
                used.add(version);
            } else if (!version.pipelineId().equals(PipelineFlow.NO_PIPELINE)) {
                missing.add(version);
            }
            int from = indexOf(definition, move.getKey().get(2));
            int to = indexOf(definition, move.getKey().get(3));
            if (from < 0 || to < 0 || from == to) {
                unclassified = unclassified.plus(move.getValue());
            } else if (to > from) {
                advanced = advanced.plus(move.getValue());
            } else {
                movedBack = movedBack.plus(move.getValue());
            }
        }
        return new StageMoves(advanced, movedBack, unclassified, List.copyOf(used), List.copyOf(missing));
    }

    /** A move's key is pipeline id, version, from-stage and to-stage ({@link PipelineFlow#moved}). */
    private static PipelineRef versionOf(List<String> key) {
        return new PipelineRef(key.get(0), Integer.parseInt(key.get(1)));
    }

    /** The stage's place in the version's order; -1 when the version or the stage is not known. */
    private static int indexOf(PipelineDefinitions.Definition definition, String stage) {
        if (definition == null) {
            return -1;
        }
        List<PipelineDefinitions.Stage> stages = definition.stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stage)) {
                return i;
            }
        }
        return -1;
    }
}
