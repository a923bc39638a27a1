package io.stageflow.bench.report;

/** Numbers as the report shows them: grouped thousands, precision that fits the size. */
public final class Format {
    private Format() {}

    public static String value(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String number;
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            number = String.format("%,.0f", value);
        } else if (magnitude >= 10) {
            number = String.format("%.1f", value);
        } else {
            number = String.format("%.2f", value);
        }
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    public static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "n/a";
        }
        return ratio >= 10 ? String.format("%,.0f×", ratio) : String.format("%.2f×", ratio);
    }
}
