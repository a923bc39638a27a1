package io.stageflow.metrics.kpi;

import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.query.Ratios;

/**
 * Conversion through the funnel over the range's days, period style: each figure counts what
 * happened on those days, and each rate divides two such counts (see docs/metrics.md for why not
 * cohorts yet). Rates are fractions rounded half-up to 4 decimals, null when the divisor is 0;
 * {@code qualifiedPerWin} is a ratio, not a fraction, and may exceed 1.
 */
public record Conversion(
        long leads,
        long converted,
        long opportunities,
        long qualified,
        long won,
        long wonQualified,
        long lostQualified,
        Double leadToOpportunity,
        Double opportunityToQualified,
        Double leadToQualified,
        Double qualifiedWinRate,
        Double qualifiedPerWin) {

    static Conversion of(Figures figures) {
        long leads = figures.count(KpiFigures.CREATED);
        long converted = figures.count(KpiFigures.CONVERTED);
        long opportunities = figures.count(KpiFigures.OPENED);
        long qualified = figures.count(KpiFigures.QUALIFIED);
        long won = figures.count(KpiFigures.WON);
        long wonQualified = figures.count(KpiFigures.WON_QUALIFIED);
        long lostQualified = figures.count(KpiFigures.LOST_QUALIFIED);
        return new Conversion(
                leads,
                converted,
                opportunities,
                qualified,
                won,
                wonQualified,
                lostQualified,
                Ratios.fraction(converted, leads),
                Ratios.fraction(qualified, opportunities),
                Ratios.fraction(qualified, leads),
                Ratios.fraction(wonQualified, wonQualified + lostQualified),
                Ratios.fraction(qualified, won));
    }
}
