package io.stageflow.metrics.kpi;

import java.util.List;

/**
 * The funnel's two modes and two matches. In {@code cohort} mode the journeys are those that
 * started in the range and a stage counts the ones that got to it, whenever; in {@code stage-entry}
 * mode a stage counts the journeys that got to it during the range. {@code reached} gets to a stage
 * by entering it or a stage ranked after it; {@code strict} by entering every listed stage up to it,
 * in the listed order.
 */
public record FunnelRules(Mode mode, Match match) {
    public enum Mode {
        COHORT("cohort"),
        STAGE_ENTRY("stage-entry");

        private final String name;

        Mode(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public enum Match {
        REACHED,
        STRICT;

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    static FunnelRules parse(String mode, String match) {
        return new FunnelRules(
                mode == null ? Mode.COHORT : parse(Mode.values(), "mode", mode),
                match == null ? Match.REACHED : parse(Match.values(), "match", match));
    }

    private static <T> T parse(T[] values, String parameter, String text) {
        for (T value : values) {
            if (value.toString().equals(text.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + parameter + " '" + text + "'; known: " + List.of(values));
    }

    /**
     * Whether a journey counts for the {@code i}th listed stage (0-based). In cohort mode
     * {@code steps} is the journey's whole path; in stage-entry mode its path up to one first
     * entry, the last step, which counts when it is the entry that got the journey to the stage.
     */
    boolean counts(List<FunnelPath.Step> steps, List<String> listed, int i, StageOrder order) {
        String stage = listed.get(i);
        if (mode == Mode.COHORT) {
            return match == Match.REACHED
                    ? steps.stream().anyMatch(step -> order.reaches(step, stage))
                    : inOrder(steps, listed.subList(0, i + 1));
        }
        FunnelPath.Step entered = steps.get(steps.size() - 1);
        List<FunnelPath.Step> before = steps.subList(0, steps.size() - 1);
        if (match == Match.REACHED) {
            return order.reaches(entered, stage) && before.stream().noneMatch(step -> order.reaches(step, stage));
        }
        return entered.stage().equals(stage) && inOrder(before, listed.subList(0, i));
    }

    /** Whether the stages appear among the steps' stages in this order, others allowed in between. */
    private static boolean inOrder(List<FunnelPath.Step> steps, List<String> stages) {
        int next = 0;
        for (FunnelPath.Step step : steps) {
            if (next < stages.size() && step.stage().equals(stages.get(next))) {
                next++;
            }
        }
        return next == stages.size();
    }
}
