package io.stageflow.metrics.kpi;

import java.util.List;

/**
 * The order of a journey's stages on one pipeline version: the lead funnel's stages, the pipeline's
 * stages, then the win, which lies past every stage. "Reached a stage" means entered it or a stage
 * ranked after it. An opportunity stage the order does not know (of a pipeline version never
 * defined, or not in it) has no rank among the pipeline's stages: it is reached only by entering
 * it, though entering it still reaches every lead stage.
 */
final class StageOrder {
    /** The lead funnel in order, as lead-service defines it ({@code LeadStage}). */
    static final List<String> LEAD_STAGES = List.of("NEW", "CONTACTED");

    private static final int UNRANKED = -1;

    private final List<String> dealStages;

    /** @param dealStages the pipeline version's stages in order; empty when it is not known */
    StageOrder(List<String> dealStages) {
        this.dealStages = List.copyOf(dealStages);
    }

    /** Whether the pipeline version's stages are known. */
    boolean defined() {
        return !dealStages.isEmpty();
    }

    /** Whether entering {@code step} reaches the listed stage: it is that stage or ranked after it. */
    boolean reaches(FunnelPath.Step step, String listed) {
        if (step.stage().equals(listed)) {
            return true;
        }
        int rank = rankOf(listed);
        if (rank == UNRANKED) {
            return false;
        }
        // An opportunity's stage lies past every lead stage, whether or not its own rank is known.
        if (rank < LEAD_STAGES.size() && step.kind() != FunnelPath.Kind.LEAD) {
            return true;
        }
        return rankOf(step) > rank;
    }

    private int rankOf(FunnelPath.Step step) {
        return switch (step.kind()) {
            case LEAD -> LEAD_STAGES.indexOf(step.stage());
            case DEAL -> dealRank(step.stage());
            case WON -> Integer.MAX_VALUE;
        };
    }

    private int rankOf(String listed) {
        if (listed.equals(FunnelPath.WON)) {
            return Integer.MAX_VALUE;
        }
        int lead = LEAD_STAGES.indexOf(listed);
        return lead != UNRANKED ? lead : dealRank(listed);
    }

    private int dealRank(String stage) {
        int index = dealStages.indexOf(stage);
        return index == UNRANKED ? UNRANKED : LEAD_STAGES.size() + index;
    }
}
