package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.query.Ratios;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Customer acquisition cost, customer lifetime value and retention over a range of days, with every
 * input shown (docs/metrics.md gives the formulas and worked examples). Money figures are per
 * currency, rounded half-up to 2 decimals; rates are fractions rounded to 4.
 */
public record UnitEconomics(
        long customersAtStart,
        long customersAtEnd,
        long newCustomers,
        long wonBack,
        long churned,
        long purchases,
        double years,
        Double retentionRate,
        Double purchasesPerCustomerYear,
        Double annualChurnRate,
        Double lifetimeYears,
        List<InCurrency> byCurrency) {

    /** {@code cac} = spend / newCustomers; {@code clv} = averagePurchase × purchases per year × lifetime. */
    public record InCurrency(
            String currency, BigDecimal spend, BigDecimal cac, BigDecimal averagePurchase, BigDecimal clv) {}

    /**
     * @param inRange the figures of the range's days
     * @param atStart the customers as of the range's start (the running sum before its first day)
     * @param atEnd the customers as of its end
     */
    static UnitEconomics of(Figures inRange, long atStart, long atEnd, long days) {
        long newCustomers = inRange.count(KpiFigures.NEW_CUSTOMERS);
        long wonBack = inRange.count(KpiFigures.WON_BACK);
        long churned = inRange.count(KpiFigures.CHURNED);
        long purchases = inRange.count(KpiFigures.PURCHASES);
        double years = days / 365.0;
        double averageCustomers = (atStart + atEnd) / 2.0;
        Double perYear = averageCustomers == 0 ? null : purchases / averageCustomers / years;
        Double churnRate = averageCustomers == 0 ? null : churned / averageCustomers / years;
        Double lifetime = churnRate == null || churnRate == 0 ? null : 1 / churnRate;
        List<InCurrency> byCurrency = new ArrayList<>();
        for (String currency : currencies(inRange)) {
            BigDecimal spend = inRange.sums().containsKey(KpiFigures.spend(currency))
                    ? inRange.sum(KpiFigures.spend(currency))
                    : null;
            long bought = inRange.count(KpiFigures.purchasesIn(currency));
            BigDecimal average = bought == 0
                    ? null
                    : inRange.sum(KpiFigures.purchaseAmount(currency))
                            .divide(BigDecimal.valueOf(bought), MathContext.DECIMAL64);
            BigDecimal clv = average == null || perYear == null || lifetime == null
                    ? null
                    : average.multiply(BigDecimal.valueOf(perYear)).multiply(BigDecimal.valueOf(lifetime));
            byCurrency.add(new InCurrency(
                    currency,
                    spend,
                    spend == null || newCustomers == 0
                            ? null
                            : spend.divide(BigDecimal.valueOf(newCustomers), 2, RoundingMode.HALF_UP),
                    money(average),
                    money(clv)));
        }
        return new UnitEconomics(
                atStart,
                atEnd,
                newCustomers,
                wonBack,
                churned,
                purchases,
                Ratios.round(years),
                Ratios.fraction(atEnd - newCustomers - wonBack, atStart),
                Ratios.round(perYear),
                Ratios.round(churnRate),
                Ratios.round(lifetime),
                byCurrency);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static Set<String> currencies(Figures figures) {
        Set<String> currencies = new TreeSet<>();
        figures.sums().keySet().forEach(name -> {
            for (String prefix : List.of("spend", "purchaseAmount")) {
                String currency = KpiFigures.partOf(prefix, name);
                if (currency != null) {
                    currencies.add(currency);
                }
            }
        });
        return currencies;
    }
}
