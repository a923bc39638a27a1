package io.stageflow.kit.plan;

import io.stageflow.events.Period;
import io.stageflow.kit.domain.InvalidCommand;
import java.util.Locale;

/** Periods and years as people type them into URLs: {@code 2026-q4} is {@code 2026-Q4}. */
public final class PlanPeriods {
    public static final String PERIOD = "period";
    public static final String YEAR = "year";

    private PlanPeriods() {}

    public static Period parse(String value) {
        try {
            return new Period(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommand(PERIOD, e.getMessage());
        }
    }

    public static Period optional(String value) {
        return value == null ? null : parse(value);
    }

    /** A year filter: four digits, the years periods can name. */
    public static Integer year(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (!trimmed.matches("\\d{4}")) {
            throw new InvalidCommand(YEAR, "year must be four digits such as 2026 but was '" + value + "'");
        }
        return Integer.valueOf(trimmed);
    }

    static int yearOf(Period period) {
        return Integer.parseInt(period.value().substring(0, 4));
    }
}
