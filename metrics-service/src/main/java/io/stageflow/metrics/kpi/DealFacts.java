package io.stageflow.metrics.kpi;

import io.stageflow.events.Money;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.opportunity.OpportunityAmountChanged;
import io.stageflow.events.opportunity.OpportunityCloseDateChanged;
import io.stageflow.events.opportunity.OpportunityLost;
import io.stageflow.events.opportunity.OpportunityOpened;
import io.stageflow.events.opportunity.OpportunityQualified;
import io.stageflow.events.opportunity.OpportunityReassigned;
import io.stageflow.events.opportunity.OpportunityReopened;
import io.stageflow.events.opportunity.OpportunityStageChanged;
import io.stageflow.events.opportunity.OpportunityStageCorrected;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How opportunity events change the deal cells. An opening, a qualification, a win or a loss counts
 * on the tenant-local day it occurred, in every slice the deal is in at that moment; a reopen
 * withdraws the loss it undoes from the day and slices it was counted in, so a deal lost in March
 * and won in April after a reopen is one win and no loss. The pipeline is kept as daily changes:
 * an open deal adds one and its amount to its stage's figures, and every move, amount change,
 * reassignment and close moves them, so their sum up to a day is the pipeline as of that day. The
 * same changes keep the amounts by expected close month for the forecast, and a close counts, for
 * every stage the deal went through, one closed deal (and one won) for the learned probabilities.
 * Alongside the pipeline's changes go the terms of its waterfall, and every stage move and
 * close-date move is tallied ({@link PipelineFlow}).
 */
final class DealFacts implements AggregateFacts<OpportunityEvent, DealState> {
    /** The forecast month of a deal without an expected close date. */
    static final String NO_CLOSE_DATE = "none";

    @Override
    public AggregateKey keyOf(OpportunityEvent event) {
        return new AggregateKey(event.tenantId().value(), event.opportunityId().value());
    }

    @Override
    public List<Contribution> apply(DealState deal, OpportunityEvent event, KafkaPosition position, ZoneId zone) {
        Instant at = event.occurredAt();
        Facts facts = new Facts(deal, position, zone);
        if (event instanceof OpportunityOpened opened) {
            deal.slices(KpiDimensions.dealSlices(opened.tenantId(), opened.pipelineId(), opened.dimensions()));
            deal.amount = opened.amount();
            deal.openedAt = at;
            // An opening from before pipelines follows version 1 of the tenant's default pipeline.
            deal.pipelineId = (opened.pipelineId() == null
                            ? PipelineId.defaultFor(opened.tenantId())
                            : opened.pipelineId())
                    .value();
            deal.pipelineVersion = opened.pipelineVersion() == null ? 1 : opened.pipelineVersion();
            deal.closeDate = opened.expectedCloseDate();
            enter(facts, deal, opened.stage(), at, new Figures().count(KpiFigures.OPENED, 1), PipelineFlow.NEW);
        } else if (event instanceof OpportunityStageChanged changed) {
            moveTo(facts, deal, changed.fromStage(), changed.toStage(), at);
        } else if (event instanceof OpportunityStageCorrected corrected) {
            correct(facts, deal, corrected.fromStage(), corrected.toStage(), at);
        } else if (event instanceof OpportunityAmountChanged changed) {
            Figures figures = pipeline(deal, -1).add(PipelineFlow.repriced(deal, changed.to()));
            deal.amount = changed.to();
            facts.add(at, deal.slices(), figures.add(pipeline(deal, 1)));
        } else if (event instanceof OpportunityCloseDateChanged changed) {
            Figures figures =
                    pipeline(deal, -1).add(PipelineFlow.closeDateMoved(deal, changed.fromDate(), changed.toDate()));
            deal.closeDate = changed.toDate();
            facts.add(at, deal.slices(), figures.add(pipeline(deal, 1)));
        } else if (event instanceof OpportunityReassigned reassigned) {
            List<Slice> before = deal.slices();
            deal.reassign(reassigned.ownerId(), reassigned.teamId());
            List<Slice> left = without(before, deal.slices());
            List<Slice> joined = without(deal.slices(), before);
            facts.add(at, left, pipeline(deal, -1).add(PipelineFlow.term(deal, PipelineFlow.REASSIGNED_OUT)));
            facts.add(at, joined, pipeline(deal, 1).add(PipelineFlow.term(deal, PipelineFlow.REASSIGNED_IN)));
            if (deal.openStage != null) {
                facts.add(deal.stageEnteredAt, left, new Figures().count(KpiFigures.inStage(deal.openStage), -1));
                facts.add(deal.stageEnteredAt, joined, new Figures().count(KpiFigures.inStage(deal.openStage), 1));
            }
        } else if (event instanceof OpportunityQualified && !deal.qualified) {
            deal.qualified = true;
            facts.add(at, deal.slices(), new Figures().count(KpiFigures.QUALIFIED, 1));
        } else if (event instanceof OpportunityWon won) {
            Figures figures = new Figures()
                    .count(KpiFigures.WON, 1)
                    .count(KpiFigures.wonIn(won.amount().currency()), 1)
                    .sum(
                            KpiFigures.wonAmount(won.amount().currency()),
                            won.amount().amount());
            if (deal.qualified) {
                figures.count(KpiFigures.WON_QUALIFIED, 1);
            }
            deal.visited.forEach(
                    stage -> figures.count(KpiFigures.closedVia(stage), 1).count(KpiFigures.wonVia(stage), 1));
            leave(facts, deal, at, Durations.measure(figures, Durations.CYCLE, deal.openedAt, at), PipelineFlow.WON);
        } else if (event instanceof OpportunityLost lost) {
            leave(facts, deal, at, new Figures(), PipelineFlow.LOST);
            List<Slice> slices = new ArrayList<>(deal.slices());
            if (lost.competitor() != null) {
                slices.add(Slice.of(KpiDimensions.COMPETITOR, lost.competitor()));
            }
            deal.loss = new DealState.Loss(
                    facts.dayOf(at),
                    lost.fromStage(),
                    lost.reason(),
                    lost.competitor(),
                    deal.qualified,
                    SlicePairs.withPairs(slices),
                    List.copyOf(deal.visited));
            facts.add(deal.loss.day(), deal.loss.slices(), lossFigures(deal.loss, 1));
        } else if (event instanceof OpportunityReopened reopened && deal.loss != null) {
            DealState.Loss loss = deal.loss;
            deal.loss = null;
            facts.add(loss.day(), loss.slices(), lossFigures(loss, -1));
            enter(facts, deal, reopened.stage(), at, new Figures(), PipelineFlow.REOPENED);
        }
        return facts.contributions;
    }

    /**
     * The deal is open in {@code stage} from {@code at}: in the pipeline and in the stage's open count.
     * {@code flow} names the pipeline-changes term of an entry into the pipeline; null for a stage move.
     */
    private static void enter(Facts facts, DealState deal, String stage, Instant at, Figures figures, String flow) {
        if (flow != null) {
            deal.stays.clear();
        }
        deal.stays.add(new DealState.Stay(stage, at));
        deal.openStage = stage;
        if (!deal.visited.contains(stage)) {
            deal.visited.add(stage);
        }
        deal.stageEnteredAt = at;
        if (flow != null) {
            figures.add(PipelineFlow.term(deal, flow));
        }
        facts.add(at, deal.slices(), figures.add(pipeline(deal, 1)).count(KpiFigures.inStage(stage), 1));
    }

    /**
     * The deal leaves its stage at {@code at}, closed ({@code flow} names how) or for another stage
     * ({@code flow} null): out of the pipeline, its stay measured, and out of the open count of the
     * day it entered.
     */
    private static void leave(Facts facts, DealState deal, Instant at, Figures figures, String flow) {
        if (deal.openStage != null) {
            if (flow != null) {
                figures.add(PipelineFlow.term(deal, flow));
            }
            figures.add(pipeline(deal, -1));
            Durations.measure(figures, Durations.inStage(deal.openStage), deal.stageEnteredAt, at);
            facts.add(deal.stageEnteredAt, deal.slices(), new Figures().count(KpiFigures.inStage(deal.openStage), -1));
            deal.openStage = null;
            if (flow != null) {
                deal.stays.clear();
            }
        }
        facts.add(at, deal.slices(), figures);
    }

    /** Tallied as a move even when the deal is not open here (its opening unseen); moved in the pipeline if open. */
    private static void moveTo(Facts facts, DealState deal, String fromStage, String toStage, Instant at) {
        facts.add(at, deal.slices(), PipelineFlow.moved(deal, fromStage, toStage));
        if (deal.openStage == null) {
            return;
        }
        leave(facts, deal, at, new Figures(), null);
        enter(facts, deal, toStage, at, new Figures(), null);
    }

    /**
     * A back-dated correction: the deal was in {@code toStage} from {@code at} on. If it has moved
     * since, the stays that began after {@code at} never were: each one's pipeline share, measured
     * time and open count are taken back from the days they were counted on, and the stay it was in
     * at {@code at} ends then instead of at the next recorded move. Tallied as a move on its day.
     */
    private static void correct(Facts facts, DealState deal, String fromStage, String toStage, Instant at) {
        List<DealState.Stay> stays = deal.stays;
        int current = stays.size() - 1;
        if (deal.openStage == null
                || stays.isEmpty()
                || !at.isBefore(stays.get(current).enteredAt())) {
            moveTo(facts, deal, fromStage, toStage, at);
            return;
        }
        facts.add(at, deal.slices(), PipelineFlow.moved(deal, fromStage, toStage));
        int cut = 0;
        while (cut + 1 < stays.size() && !stays.get(cut + 1).enteredAt().isAfter(at)) {
            cut++;
        }
        for (int i = current; i > cut; i--) {
            DealState.Stay stay = stays.get(i);
            facts.add(stay.enteredAt(), deal.slices(), pipeline(deal, stay.stage(), -1));
            if (i == current) {
                facts.add(stay.enteredAt(), deal.slices(), new Figures().count(KpiFigures.inStage(stay.stage()), -1));
            } else {
                Instant left = stays.get(i + 1).enteredAt();
                Figures undo = pipeline(deal, stay.stage(), 1);
                facts.add(
                        left,
                        deal.slices(),
                        Durations.measure(undo, Durations.inStage(stay.stage()), stay.enteredAt(), left, -1));
            }
        }
        DealState.Stay ended = stays.get(cut);
        Instant recordedEnd = stays.get(cut + 1).enteredAt();
        facts.add(
                recordedEnd,
                deal.slices(),
                Durations.measure(
                        pipeline(deal, ended.stage(), 1),
                        Durations.inStage(ended.stage()),
                        ended.enteredAt(),
                        recordedEnd,
                        -1));
        facts.add(
                at,
                deal.slices(),
                Durations.measure(
                        pipeline(deal, ended.stage(), -1), Durations.inStage(ended.stage()), ended.enteredAt(), at));
        stays.subList(cut + 1, stays.size()).clear();
        deal.openStage = null;
        enter(facts, deal, toStage, at, new Figures(), null);
    }

    /** The deal's share of the pipeline, added ({@code sign} 1) or taken away (-1); nothing once closed. */
    private static Figures pipeline(DealState deal, int sign) {
        return deal.openStage == null ? new Figures() : pipeline(deal, deal.openStage, sign);
    }

    /** The deal's share of the pipeline while in {@code stage}, at its amount and close month now. */
    private static Figures pipeline(DealState deal, String stage, int sign) {
        Figures figures = new Figures().count(KpiFigures.openIn(stage), sign);
        Money amount = deal.amount;
        if (amount != null) {
            BigDecimal signed = amount.amount().multiply(BigDecimal.valueOf(sign));
            figures.sum(KpiFigures.openValue(amount.currency(), stage), signed);
            if (deal.pipelineId != null) {
                String month = deal.closeDate == null
                        ? NO_CLOSE_DATE
                        : YearMonth.from(deal.closeDate).toString();
                figures.sum(
                        KpiFigures.forecast(month, amount.currency(), deal.pipelineVersion, deal.pipelineId, stage),
                        signed);
            }
        }
        return figures;
    }

    private static Figures lossFigures(DealState.Loss loss, int sign) {
        Figures figures = new Figures()
                .count(KpiFigures.LOST, sign)
                .count(KpiFigures.lostReason(loss.reason()), sign)
                .count(KpiFigures.lostAtStage(loss.fromStage()), sign);
        if (loss.competitor() != null) {
            figures.count(KpiFigures.lostTo(loss.competitor()), sign);
        }
        if (loss.qualified()) {
            figures.count(KpiFigures.LOST_QUALIFIED, sign);
        }
        loss.visited().forEach(stage -> figures.count(KpiFigures.closedVia(stage), sign));
        return figures;
    }

    private static List<Slice> without(List<Slice> slices, List<Slice> others) {
        return slices.stream().filter(s -> !others.contains(s)).toList();
    }

    /** The contributions of one event: each on the tenant-local day of the time it is for. */
    private static final class Facts {
        private final DealState deal;
        private final KafkaPosition position;
        private final ZoneId zone;
        private final List<Contribution> contributions = new ArrayList<>();

        Facts(DealState deal, KafkaPosition position, ZoneId zone) {
            this.deal = deal;
            this.position = position;
            this.zone = zone;
        }

        LocalDate dayOf(Instant at) {
            return at.atZone(zone).toLocalDate();
        }

        void add(Instant at, List<Slice> slices, Figures figures) {
            if (at != null) {
                add(dayOf(at), slices, figures);
            }
        }

        void add(LocalDate day, List<Slice> slices, Figures figures) {
            if (!figures.isEmpty() && !slices.isEmpty()) {
                contributions.addAll(Contributions.of(KpiFigures.DEALS, deal, day, slices, figures, position));
            }
        }
    }
}
