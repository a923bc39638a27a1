package io.stageflow.metrics.kpi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stageflow.metrics.cube.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deal flow between two days. The waterfall reconciles in counts and in each currency's value:
 * {@code start + new + reopened + reassignedIn - reassignedOut - won - lost = end} (counts), and
 * the same plus {@code increased - decreased} (values). {@code start} and {@code end} are the open
 * pipeline as the pipeline KPI counts it, the terms come from facts of their own, so the equation is
 * a check, not a definition. The movements ({@code advanced} … {@code pulledIn}) count changes, not
 * deals: a deal moved forward and back counts in both.
 */
public record PipelineChanges(
        Tally start,
        @JsonProperty("new") Tally opened,
        Tally reopened,
        Tally increased,
        Tally decreased,
        Tally reassignedIn,
        Tally reassignedOut,
        Tally won,
        Tally lost,
        Tally end,
        Tally advanced,
        Tally movedBack,
        Tally unclassified,
        Tally slipped,
        Tally pulledIn,
        List<PipelineRef> definitions,
        List<PipelineRef> missingDefinitions) {

    /**
     * @param before the cells of every day before the range: their pipeline changes add up to the start
     * @param range the cells of the range's days
     * @param definitions the pipeline versions known, by which the range's moves are judged
     */
    static PipelineChanges of(
            Figures before, Figures range, Map<PipelineRef, PipelineDefinitions.Definition> definitions) {
        Tally start = open(before);
        Map<List<String>, Tally> flow = Tally.byKey(range, KpiFigures.FLOW);
        Map<List<String>, Tally> closeDates = Tally.byKey(range, KpiFigures.CLOSE_DATE);
        StageMoves moves = StageMoves.of(range, definitions);
        return new PipelineChanges(
                start,
                flow.getOrDefault(List.of(PipelineFlow.NEW), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.REOPENED), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.INCREASED), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.DECREASED), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.REASSIGNED_IN), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.REASSIGNED_OUT), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.WON), Tally.NONE),
                flow.getOrDefault(List.of(PipelineFlow.LOST), Tally.NONE),
                start.plus(open(range)),
                moves.advanced(),
                moves.movedBack(),
                moves.unclassified(),
                closeDates.getOrDefault(List.of(PipelineFlow.SLIPPED), Tally.NONE),
                closeDates.getOrDefault(List.of(PipelineFlow.PULLED_IN), Tally.NONE),
                moves.definitions(),
                moves.missingDefinitions());
    }

    /** The change of the open pipeline in {@code figures}: its count and value, over all stages. */
    private static Tally open(Figures figures) {
        long count = 0;
        for (Map.Entry<String, Long> figure : figures.counts().entrySet()) {
            if (KpiFigures.partOf("openIn", figure.getKey()) != null) {
                count += figure.getValue();
            }
        }
        Map<String, BigDecimal> value = new TreeMap<>();
        figures.sums().forEach((name, sum) -> {
            String part = KpiFigures.partOf("openValue", name);
            if (part != null) {
                value.merge(part.substring(0, 3), sum, BigDecimal::add);
            }
        });
        return new Tally(count, value);
    }
}
