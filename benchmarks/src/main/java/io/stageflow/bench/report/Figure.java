package io.stageflow.bench.report;

/**
 * One row of the report: a figure measured in this run.
 *
 * @param value in {@code unit}; a difference (added latency) may be 0 or below, a measure may not
 * @param baseline what it is compared with, value included; null when nothing is
 * @param ratio value against the baseline, in the direction the target states; null without one
 * @param met whether the target is met; null when there is no target or this run cannot tell
 */
public record Figure(
        String id,
        String measure,
        double value,
        String unit,
        String baseline,
        Double ratio,
        String target,
        Boolean met,
        String notes,
        boolean difference) {

    public static Figure of(String id, String measure, double value, String unit) {
        return new Figure(id, measure, value, unit, null, null, null, null, null, false);
    }

    public Figure against(String baselineText, double ratioValue) {
        return new Figure(id, measure, value, unit, baselineText, ratioValue, target, met, notes, difference);
    }

    public Figure target(String text, Boolean isMet) {
        return new Figure(id, measure, value, unit, baseline, ratio, text, isMet, notes, difference);
    }

    public Figure notes(String text) {
        return new Figure(id, measure, value, unit, baseline, ratio, target, met, text, difference);
    }

    /** A difference of two measures (may be 0 or negative). */
    public Figure asDifference() {
        return new Figure(id, measure, value, unit, baseline, ratio, target, met, notes, true);
    }

    public String formattedValue() {
        return Format.value(value, unit);
    }
}
