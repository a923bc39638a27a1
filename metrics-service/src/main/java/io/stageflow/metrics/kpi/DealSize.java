package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Won deals' value, per currency because amounts in different currencies are never added:
 * {@code amount} is the exact sum of final amounts, {@code average} = amount / won, rounded half-up
 * to 2 decimals.
 */
public record DealSize(long won, List<InCurrency> byCurrency) {
    public record InCurrency(String currency, long won, BigDecimal amount, BigDecimal average) {}

    static DealSize of(Figures figures) {
        List<InCurrency> byCurrency = new ArrayList<>();
        figures.counts().forEach((name, count) -> {
            String currency = KpiFigures.partOf("wonIn", name);
            if (currency != null && count != 0) {
                BigDecimal amount = figures.sum(KpiFigures.wonAmount(currency));
                byCurrency.add(new InCurrency(
                        currency, count, amount, amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)));
            }
        });
        return new DealSize(figures.count(KpiFigures.WON), byCurrency);
    }
}
