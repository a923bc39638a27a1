package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.query.Ratios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stage counts and step conversions for the listed stages, with the pipeline versions whose stage
 * order ranked the journeys' stages ({@code definitions}) and those whose definition is not known,
 * so that their stages were counted only where entered ({@code missingDefinitions}).
 */
public record Funnel(
        String mode,
        String match,
        List<FunnelStage> stages,
        List<PipelineRef> definitions,
        List<PipelineRef> missingDefinitions) {

    /** @param orders the stage order of a path's pipeline version */
    static Funnel of(Figures figures, List<String> listed, FunnelRules rules, Function<FunnelPath, StageOrder> orders) {
        String prefix = rules.mode() == FunnelRules.Mode.COHORT ? JourneyFacts.JOURNEY : JourneyFacts.ENTRY;
        long[] counts = new long[listed.size()];
        Map<PipelineRef, Boolean> pipelines = new TreeMap<>(PipelineRef.ORDER);
        figures.counts().forEach((name, journeys) -> {
            String encoded = KpiFigures.partOf(prefix, name);
            if (encoded == null || journeys == 0) {
                return;
            }
            FunnelPath path = FunnelPath.decode(encoded);
            List<FunnelPath.Step> steps = path.steps();
            StageOrder order = orders.apply(path);
            for (int i = 0; i < listed.size(); i++) {
                if (rules.counts(steps, listed, i, order)) {
                    counts[i] += journeys;
                }
            }
            if (path.pipelineId() != null) {
                pipelines.put(new PipelineRef(path.pipelineId(), path.version()), order.defined());
            }
        });
        List<FunnelStage> stages = new ArrayList<>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            Double conversion = i == 0 ? null : Ratios.fraction(counts[i], counts[i - 1]);
            stages.add(new FunnelStage(listed.get(i), counts[i], conversion));
        }
        return new Funnel(
                rules.mode().toString(),
                rules.match().toString(),
                stages,
                refs(pipelines, true),
                refs(pipelines, false));
    }

    private static List<PipelineRef> refs(Map<PipelineRef, Boolean> pipelines, boolean defined) {
        return pipelines.entrySet().stream()
                .filter(e -> e.getValue() == defined)
                .map(Map.Entry::getKey)
                .toList();
    }
}
