package io.stageflow.metrics.query;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/** A half-open range [from, to) of business time; a missing end is unbounded. */
public record TimeRange(Instant from, Instant to) {
    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") lies before 'from' (" + from + ")");
        }
    }

    /** Each end as an ISO date ({@code 2026-01-01}, start of that day in UTC) or an ISO instant. */
    public static TimeRange parse(String from, String to) {
        return new TimeRange(instant("from", from), instant("to", to));
    }

    public boolean contains(Instant at) {
        return at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /** Documents whose {@code field} lies in the range; with no bounds, those that have the field. */
    public Bson filter(String field) {
        List<Bson> bounds = new ArrayList<>();
        if (from != null) {
            bounds.add(Filters.gte(field, java.util.Date.from(from)));
        }
        if (to != null) {
            bounds.add(Filters.lt(field, java.util.Date.from(to)));
        }
        return bounds.isEmpty() ? Filters.exists(field) : Filters.and(bounds);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name
                    + "' must be an ISO date (2026-01-01) or instant (2026-01-01T00:00:00Z), not '" + value + "'");
        }
    }
}
