package io.stageflow.localinfra;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a query asks of one field, as far as an index can use it: one of some values
 * ({@code values}), or a range ({@code lower}/{@code upper}, either may be open), of strings or
 * numbers, which the index orders as the matcher compares them. Anything else (other types, other
 * operators) is not for an index: {@link #of} answers null.
 */
record FieldCondition(List<Object> values, Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    boolean isRange() {
        return values == null;
    }

    static FieldCondition of(Object condition) {
        if (isIndexable(condition)) {
            return new FieldCondition(List.of(condition), null, false, null, false);
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()) {
            return null;
        }
        if (operators.size() == 1 && operators.get("$in") instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object value : list) {
                if (!isIndexable(value)) {
                    return null;
                }
                values.add(value);
            }
            return values.isEmpty() ? null : new FieldCondition(values, null, false, null, false);
        }
        Object lower = null;
        Object upper = null;
        boolean lowerInclusive = false;
        boolean upperInclusive = false;
        for (String operator : operators.keySet()) {
            Object limit = operators.get(operator);
            if (!RANGE_OPERATORS.contains(operator) || !isIndexable(limit)) {
                return null;
            }
            if (operator.startsWith("$g")) {
                lower = limit;
                lowerInclusive = operator.equals("$gte");
            } else {
                upper = limit;
                upperInclusive = operator.equals("$lte");
            }
        }
        return new FieldCondition(null, lower, lowerInclusive, upper, upperInclusive);
    }

    private static boolean isIndexable(Object value) {
        return value instanceof String || value instanceof Number;
    }

    /**
     * Two conditions on one field (as {@code $and} parts), or a condition looser than both together:
     * an index only has to find every document that may match, and the matcher checks the rest.
     */
    static FieldCondition both(FieldCondition first, FieldCondition second) {
        if (first == null) {
            return second;
        }
        if (!first.isRange()) {
            return first;
        }
        if (!second.isRange()) {
            return second;
        }
        boolean firstLower = first.lower != null;
        boolean firstUpper = first.upper != null;
        return new FieldCondition(
                null,
                firstLower ? first.lower : second.lower,
                firstLower ? first.lowerInclusive : second.lowerInclusive,
                firstUpper ? first.upper : second.upper,
                firstUpper ? first.upperInclusive : second.upperInclusive);
    }
}
