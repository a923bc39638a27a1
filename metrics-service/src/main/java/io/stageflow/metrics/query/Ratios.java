package io.stageflow.metrics.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios as the API reports them: a fraction rounded half-up to 4 decimals (2/3 is 0.6667). */
public final class Ratios {
    private Ratios() {}

    /** {@code part / whole}, or null when {@code whole} is 0: no ratio exists, and NaN is not JSON. */
    public static Double fraction(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** A measured value rounded half-up to 4 decimals; null stays null. */
    public static Double round(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
