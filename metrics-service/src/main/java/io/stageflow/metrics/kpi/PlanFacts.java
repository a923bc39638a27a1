package io.stageflow.metrics.kpi;

import io.stageflow.events.Money;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.Slice;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * How plan settings change the plan cells. Marketing spend is a figure per period, not per day: a
 * setting adds its change (amount minus the amount it replaces) to the cell of the period's first
 * day, so the sum is always the latest setting. Slices: all, the channel (as {@code source}, the
 * lead dimension it funds) and the campaign. Quotas are not in the cells yet.
 */
final class PlanFacts implements AggregateFacts<PlanEvent, PlanState> {
    @Override
    public AggregateKey keyOf(PlanEvent event) {
        return new AggregateKey(event.tenantId().value(), event.aggregateId());
    }

    @Override
    public List<Contribution> apply(PlanState plan, PlanEvent event, KafkaPosition position, ZoneId zone) {
        if (!(event instanceof MarketingSpendSet spend)) {
            return List.of();
        }
        Figures figures = new Figures();
        add(figures, spend.amount(), 1);
        add(figures, spend.previous(), -1);
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL));
        if (spend.channel() != null) {
            slices.add(Slice.of(KpiDimensions.SOURCE, spend.channel()));
        }
        if (spend.campaign() != null) {
            slices.add(Slice.of(KpiDimensions.CAMPAIGN, spend.campaign()));
        }
        return Contributions.of(KpiFigures.PLANS, plan, spend.period().start(), slices, figures, position);
    }

    private static void add(Figures figures, Money money, int sign) {
        if (money != null) {
            figures.sum(KpiFigures.spend(money.currency()), money.amount().multiply(BigDecimal.valueOf(sign)));
        }
    }
}
