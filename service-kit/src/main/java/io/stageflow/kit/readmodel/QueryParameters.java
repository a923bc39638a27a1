package io.stageflow.kit.readmodel;

import io.stageflow.kit.domain.InvalidCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters of a list, bound as text and parsed here, so that every mistake is a 400 that
 * names its parameter rather than a conversion failure. Null (absent) stays null: no filter.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** Stored values are trimmed, so filters are too; a present but blank filter is a mistake, not "all". */
    public static String text(String parameter, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidCommand(
                    parameter,
                    parameter + " must be between 1 and " + maxLength + " characters but was '" + value + "'");
        }
        return trimmed;
    }

    /** One of {@code type}'s constants, spelled exactly as it is. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        E[] known = type.getEnumConstants();
        return Arrays.stream(known)
                .filter(constant -> constant.name().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidCommand(
                        parameter,
                        parameter + " must be one of " + Arrays.toString(known) + " but was '" + value + "'"));
    }

    /** An instant, or a date meaning its start in UTC. */
    public static Instant instantOrDate(String parameter, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        try {
            return trimmed.contains("T")
                    ? Instant.parse(trimmed)
                    : LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCommand(
                    parameter,
                    parameter + " must be an instant such as 2026-03-01T09:00:00Z or a date such as 2026-03-01"
                            + " but was '" + value + "'");
        }
    }

    static int number(String parameter, String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCommand(parameter, parameter + " must be a whole number but was '" + value + "'");
        }
    }
}
