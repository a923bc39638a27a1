package io.stageflow.metrics.kpi;

import io.stageflow.events.Money;
import io.stageflow.metrics.cube.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The deal facts of the pipeline-changes KPI: each a count and the deal's amount per currency.
 * Waterfall terms ({@link KpiFigures#FLOW}) go with every change of the open pipeline except a stage
 * move (which leaves the whole pipeline as it is), so that the pipeline at the start of a range plus
 * the range's terms is the pipeline at its end, in every slice. Stage moves are kept as they
 * happened, by pipeline version and stages, and judged forward or backward only at query time
 * ({@link StageMoves}): a pipeline's definition may arrive after its deals, and needs no rebuild.
 */
final class PipelineFlow {
    static final String NEW = "new";
    static final String REOPENED = "reopened";
    static final String INCREASED = "increased";
    static final String DECREASED = "decreased";
    static final String REASSIGNED_IN = "reassignedIn";
    static final String REASSIGNED_OUT = "reassignedOut";
    static final String WON = "won";
    static final String LOST = "lost";
    static final String SLIPPED = "slipped";
    static final String PULLED_IN = "pulledIn";
    /** A deal whose opening was never seen (rejected) follows no known pipeline version. */
    static final String NO_PIPELINE = "";

    private PipelineFlow() {}

    /** The deal, open, enters or leaves the pipeline (or a slice of it) as {@code term}; nothing once closed. */
    static Figures term(DealState deal, String term) {
        return deal.openStage == null ? new Figures() : tally(KpiFigures.FLOW, List.of(term), deal.amount);
    }

    /**
     * The open deal's amount changes to {@code to}: the difference, or, between currencies, the whole
     * old amount decreased in its currency and the new one increased in its own.
     */
    static Figures repriced(DealState deal, Money to) {
        Money from = deal.amount;
        Figures figures = new Figures();
        if (deal.openStage == null) {
            return figures;
        }
        if (from != null && to != null && from.currency().equals(to.currency())) {
            BigDecimal difference = to.amount().subtract(from.amount());
            if (difference.signum() != 0) {
                String term = difference.signum() > 0 ? INCREASED : DECREASED;
                figures.add(tally(KpiFigures.FLOW, List.of(term), new Money(difference.abs(), to.currency())));
            }
            return figures;
        }
        if (from != null) {
            figures.add(tally(KpiFigures.FLOW, List.of(DECREASED), from));
        }
        if (to != null) {
            figures.add(tally(KpiFigures.FLOW, List.of(INCREASED), to));
        }
        return figures;
    }

    /** A stage move or correction, with the pipeline version the deal follows, whether it is open or not. */
    static Figures moved(DealState deal, String fromStage, String toStage) {
        String pipeline = deal.pipelineId == null ? NO_PIPELINE : deal.pipelineId;
        return tally(
                KpiFigures.MOVE,
                List.of(pipeline, Integer.toString(deal.pipelineVersion), fromStage, toStage),
                deal.amount);
    }

    /** A later expected close date slipped, an earlier one was pulled in; setting or clearing one is neither. */
    static Figures closeDateMoved(DealState deal, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.equals(to)) {
            return new Figures();
        }
        return tally(KpiFigures.CLOSE_DATE, List.of(to.isAfter(from) ? SLIPPED : PULLED_IN), deal.amount);
    }

    private static Figures tally(String kind, List<String> key, Money amount) {
        Figures figures = new Figures().count(KpiFigures.tally(kind, key), 1);
        if (amount != null) {
            figures.sum(KpiFigures.tallyValue(kind, key, amount.currency()), amount.amount());
        }
        return figures;
    }
}
