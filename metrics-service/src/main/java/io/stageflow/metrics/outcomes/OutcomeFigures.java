package io.stageflow.metrics.outcomes;

import io.stageflow.metrics.cube.FigureNames;

/** The names of the figures in outcome cells, shared by the facts that write them and the queries. */
final class OutcomeFigures {
    static final String FAMILY = "outcomes";
    static final String WON = "won";
    static final String LOST = "lost";

    private OutcomeFigures() {}

    /** The sum of won amounts in one currency: amounts in different currencies are never added. */
    static String wonAmount(String currency) {
        return FigureNames.of("wonAmount", currency);
    }

    /** How many wins {@link #wonAmount} sums, to average it. */
    static String wonIn(String currency) {
        return FigureNames.of("wonIn", currency);
    }

    static String lostReason(String reason) {
        return FigureNames.of("lostReason", reason);
    }

    static String lostAtStage(String stage) {
        return FigureNames.of("lostAtStage", stage);
    }

    static String lostTo(String competitor) {
        return FigureNames.of("lostTo", competitor);
    }

    /** The part after the prefix, as {@link FigureNames#of} stored it. */
    static String partOf(String prefix, String name) {
        return FigureNames.partOf(prefix, name);
    }
}
