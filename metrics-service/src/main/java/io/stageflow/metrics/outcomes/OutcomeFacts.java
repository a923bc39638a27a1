package io.stageflow.metrics.outcomes;

import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.CellKey;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How opportunity events change the outcome cells: a win or a loss counts on the tenant-local day it
 * occurred, in every slice the deal is in at that moment; a reopen withdraws the loss it undoes
 * from the day and slices it was counted in, so a deal lost in March and won in April after a reopen
 * is one win and no loss. Everything else only updates the deal's state.
 */
final class OutcomeFacts {
    private OutcomeFacts() {}

    /**
     * Applies {@code event} (the deal's next, by sequence) to {@code deal} and answers what it adds to
     * the cells, all at the event's Kafka {@code position}.
     */
    static List<Contribution> apply(DealState deal, OpportunityEvent event, KafkaPosition position, ZoneId zone) {
        LocalDate day = event.occurredAt().atZone(zone).toLocalDate();
        if (event instanceof OpportunityOpened opened) {
            deal.slices.clear();
            deal.slices.addAll(DealDimensions.slicesOf(opened.tenantId(), opened.pipelineId(), opened.dimensions()));
            return List.of();
        }
        if (event instanceof OpportunityReassigned reassigned) {
            List<Slice> slices =
                    DealDimensions.reassigned(slicesOrAll(deal), reassigned.ownerId(), reassigned.teamId());
            deal.slices.clear();
            deal.slices.addAll(slices);
            return List.of();
        }
        if (event instanceof OpportunityWon won) {
            deal.open = false;
            Figures figures = new Figures()
                    .count(OutcomeFigures.WON, 1)
                    .count(OutcomeFigures.wonIn(won.amount().currency()), 1)
                    .sum(
                            OutcomeFigures.wonAmount(won.amount().currency()),
                            won.amount().amount());
            return contributions(deal, day, slicesOrAll(deal), figures, position);
        }
        if (event instanceof OpportunityLost lost) {
            deal.open = false;
            List<Slice> slices = new ArrayList<>(slicesOrAll(deal));
            if (lost.competitor() != null) {
                slices.add(Slice.of(DealDimensions.COMPETITOR, lost.competitor()));
            }
            deal.loss =
                    new DealState.Loss(day, lost.fromStage(), lost.reason(), lost.competitor(), List.copyOf(slices));
            return contributions(deal, day, slices, lossFigures(deal.loss, 1), position);
        }
        if (event instanceof OpportunityReopened && deal.loss != null) {
            DealState.Loss loss = deal.loss;
            deal.loss = null;
            deal.open = true;
            return contributions(deal, loss.day(), loss.slices(), lossFigures(loss, -1), position);
        }
        return List.of();
    }

    private static Figures lossFigures(DealState.Loss loss, int sign) {
        Figures figures = new Figures()
                .count(OutcomeFigures.LOST, sign)
                .count(OutcomeFigures.lostReason(loss.reason()), sign)
                .count(OutcomeFigures.lostAtStage(loss.fromStage()), sign);
        if (loss.competitor() != null) {
            figures.count(OutcomeFigures.lostTo(loss.competitor()), sign);
        }
        return figures;
    }

    /** A deal whose opening was never seen (rejected) still counts for the tenant as a whole. */
    private static List<Slice> slicesOrAll(DealState deal) {
        return deal.slices.isEmpty() ? List.of(Slice.ALL) : deal.slices;
    }

    private static List<Contribution> contributions(
            DealState deal, LocalDate day, List<Slice> slices, Figures figures, KafkaPosition position) {
        return slices.stream()
                .map(slice -> new Contribution(
                        new CellKey(deal.tenant, OutcomeFigures.FAMILY, day, slice), position, figures))
                .toList();
    }
}
