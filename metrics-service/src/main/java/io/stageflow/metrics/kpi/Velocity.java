package io.stageflow.metrics.kpi;

import io.stageflow.metrics.query.winrate.WinRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sales velocity: how much revenue the pipeline brings in per day, = open opportunities × win rate
 * × average deal size ÷ sales cycle length. Open opportunities are those open at the end of the
 * range; win rate, average deal size and cycle length are measured over the range. Per currency,
 * since the deal size is; null wherever an input is missing.
 */
public record Velocity(long openOpportunities, Double winRate, Double cycleMeanDays, List<InCurrency> byCurrency) {
    public record InCurrency(String currency, BigDecimal averageDealSize, BigDecimal perDay) {}

    static Velocity of(Pipeline open, WinRate winRate, DealSize size, CycleTime cycle) {
        List<InCurrency> byCurrency = new ArrayList<>();
        for (DealSize.InCurrency deals : size.byCurrency()) {
            BigDecimal perDay = winRate.winRate() == null || cycle.meanDays() == null || cycle.meanDays() == 0
                    ? null
                    : BigDecimal.valueOf(open.open())
                            .multiply(BigDecimal.valueOf(winRate.winRate()))
                            .multiply(deals.amount().divide(BigDecimal.valueOf(deals.won()), MathContext.DECIMAL64))
                            .divide(BigDecimal.valueOf(cycle.meanDays()), 2, RoundingMode.HALF_UP);
            byCurrency.add(new InCurrency(deals.currency(), deals.average(), perDay));
        }
        return new Velocity(open.open(), winRate.winRate(), cycle.meanDays(), byCurrency);
    }
}
