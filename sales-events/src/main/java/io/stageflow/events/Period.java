package io.stageflow.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning period: a year ({@code 2026}), a quarter ({@code 2026-Q4}) or a month
 * ({@code 2026-11}). Quotas and spend are set per period; metrics compare them with what happened
 * between {@link #start()} (inclusive) and {@link #end()} (exclusive).
 */
public record Period(@JsonValue String value) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    @JsonCreator
    public Period {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a period is a year (2026), a quarter (2026-Q4) or a month (2026-11), not '" + value + "'");
        }
    }

    public LocalDate start() {
        Matcher m = matcher();
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        }
        return m.group(3) != null
                ? YearMonth.of(year, Integer.parseInt(m.group(3))).atDay(1)
                : LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        Matcher m = matcher();
        if (m.group(2) != null) {
            return start().plusMonths(3);
        }
        return m.group(3) != null ? start().plusMonths(1) : start().plusYears(1);
    }

    private Matcher matcher() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return m;
    }

    @Override
    public String toString() {
        return value;
    }
}
