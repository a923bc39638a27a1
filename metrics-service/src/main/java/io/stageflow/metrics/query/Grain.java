package io.stageflow.metrics.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** How days roll up into periods; a period is named by its first day. Weeks are ISO weeks (Monday). */
public enum Grain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** Null when absent: no roll-up by period. */
    public static Grain parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(grain -> grain.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown grain '" + value + "'; known: day, week, month, quarter, year"));
    }
}
