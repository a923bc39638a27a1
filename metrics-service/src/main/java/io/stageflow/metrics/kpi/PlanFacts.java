package io.stageflow.metrics.kpi;

import io.stageflow.events.Money;
import io.stageflow.events.Period;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.plan.MarketingSpendSet;
import io.stageflow.events.plan.QuotaSet;
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
 * lead dimension it funds) and the campaign. A quota works the same way in the slice of its rep or
 * team, under a figure naming its period, so a month's quotas never add up with the quarter's.
 */
final class PlanFacts implements AggregateFacts<PlanEvent, PlanState> {
    @Override
    public AggregateKey keyOf(PlanEvent event) {
        return new AggregateKey(event.tenantId().value(), event.aggregateId());
    }

    @Override
    public List<Contribution> apply(PlanState plan, PlanEvent event, KafkaPosition position, ZoneId zone) {
        if (event instanceof QuotaSet quota) {
            Figures figures = new Figures();
            addQuota(figures, quota.period(), quota.amount(), 1);
            addQuota(figures, quota.period(), quota.previous(), -1);
            // The contract names the scope REP or TEAM (schema stageflow.plan.quota-set.v1).
            String dimension = "TEAM".equals(quota.scope()) ? KpiDimensions.TEAM : KpiDimensions.REP;
            return Contributions.of(
                    KpiFigures.PLANS,
                    plan,
                    quota.period().start(),
                    List.of(Slice.of(dimension, quota.subjectId())),
                    figures,
                    position);
        }
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

    private static void addQuota(Figures figures, Period period, Money money, int sign) {
        if (money != null) {
            figures.sum(
                    KpiFigures.quota(period.value(), money.currency()),
                    money.amount().multiply(BigDecimal.valueOf(sign)));
        }
    }

    private static void add(Figures figures, Money money, int sign) {
        if (money != null) {
            figures.sum(KpiFigures.spend(money.currency()), money.amount().multiply(BigDecimal.valueOf(sign)));
        }
    }
}
