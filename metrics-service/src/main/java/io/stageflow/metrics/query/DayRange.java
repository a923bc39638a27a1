package io.stageflow.metrics.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A half-open range of tenant-local days {@code [from, to)}, the resolution of the cells. A bound is
 * an ISO date, or an instant that falls on a midnight of the tenant's zone; an absent bound is open
 * (all of history, which the cells keep without limit).
 */
public record DayRange(LocalDate from, LocalDate to) {
    /** Earlier and later than any business day, and still four-digit years, so ISO strings sort as dates. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    public DayRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") lies before 'from' (" + from + ")");
        }
    }

    public static DayRange parse(String from, String to, ZoneId zone) {
        return new DayRange(day("from", from, zone, FIRST_DAY), day("to", to, zone, LAST_DAY));
    }

    private static LocalDate day(String name, String value, ZoneId zone, LocalDate open) {
        if (value == null || value.isBlank()) {
            return open;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            Instant at = Instant.parse(value);
            LocalDate day = at.atZone(zone).toLocalDate();
            if (!day.atStartOfDay(zone).toInstant().equals(at)) {
                throw new IllegalArgumentException("'" + name + "' must fall on a day boundary of the tenant's zone ("
                        + zone + "): these figures are kept by day; give a date such as " + day);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name
                    + "' must be an ISO date (2026-01-01) or instant (2026-01-01T00:00:00Z), not '" + value + "'");
        }
    }
}
