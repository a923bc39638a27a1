package io.stageflow.localinfra;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the documents a query needs to look at through an index, as MongoDB's planner would: the id
 * index for a query that names one id ({@link IdLookup}), else the {@link SecondaryIndex} whose
 * leading fields the query fixes furthest (equality or {@code $in} on string or number values),
 * with a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) on the field after them. Conditions
 * are read from the query's top level and its {@code $and}. Null means "scan": no index fits.
 */
final class IndexedQuery {
    private static final String AND = "$and";
    /** More prefixes than this (a product of {@code $in} lists) and a scan is likely cheaper. */
    private static final int MAX_PREFIXES = 1_000;

    private IndexedQuery() {}

    /**
     * What to look at and what still to check there: the documents of a query that only lists ids
     * ({@code _id: {$in: [...]}}) are exactly those the id index finds, so nothing is left to check;
     * the matcher would compare each document's id with every listed one (n × m, a cost MongoDB
     * does not have). Null means "scan".
     */
    record Plan<P>(Iterable<P> positions, Document residual) {}

    static <P> Plan<P> plan(Document query, List<Index<P>> indexes) {
        Iterable<P> listed = IdLookup.listedPositions(query, indexes);
        if (listed != null) {
            return new Plan<>(listed, new Document());
        }
        Iterable<P> positions = positions(query, indexes);
        return positions == null ? null : new Plan<>(positions, query);
    }

    static <P> Iterable<P> positions(Document query, List<Index<P>> indexes) {
        Iterable<P> byId = IdLookup.positions(query, indexes);
        if (byId != null) {
            return byId;
        }
        Map<String, FieldCondition> conditions = conditionsOf(query);
        if (conditions.isEmpty()) {
            return null;
        }
        SecondaryIndex<P> best = null;
        int bestFields = 0;
        for (Index<P> index : indexes) {
            if (index instanceof SecondaryIndex<P> secondary) {
                int fields = usableFields(secondary, conditions);
                if (fields > bestFields) {
                    best = secondary;
                    bestFields = fields;
                }
            }
        }
        return best == null ? null : lookUp(best, conditions);
    }

    /** Twice the leading fields fixed, plus one for a range after them; 0 when the index does not help. */
    private static int usableFields(SecondaryIndex<?> index, Map<String, FieldCondition> conditions) {
        int score = 0;
        long prefixes = 1;
        for (String field : index.fields()) {
            FieldCondition condition = conditions.get(field);
            if (condition == null) {
                break;
            }
            if (condition.isRange()) {
                return score == 0 ? 0 : score + 1;
            }
            prefixes *= condition.values().size();
            if (prefixes > MAX_PREFIXES) {
                return 0;
            }
            score += 2;
        }
        return score;
    }

    private static <P> Iterable<P> lookUp(SecondaryIndex<P> index, Map<String, FieldCondition> conditions) {
        List<String> fields = index.fields();
        List<List<Object>> prefixes = new ArrayList<>(List.of(List.of()));
        FieldCondition range = null;
        for (String field : fields) {
            FieldCondition condition = conditions.get(field);
            if (condition == null) {
                break;
            }
            if (condition.isRange()) {
                range = condition;
                break;
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object value : condition.values()) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(value);
                    longer.add(next);
                }
            }
            prefixes = longer;
        }
        Set<P> found = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes) {
            index.collect(
                    new KeyValue(bound(prefix, range, true, fields.size())),
                    new KeyValue(bound(prefix, range, false, fields.size())),
                    found);
        }
        return Collections.unmodifiableSet(found);
    }

    /** The lowest or highest key with {@code prefix}, within {@code range} on the field after it. */
    private static List<Object> bound(List<Object> prefix, FieldCondition range, boolean lower, int size) {
        List<Object> key = new ArrayList<>(prefix);
        if (range != null) {
            Object limit = lower ? range.lower() : range.upper();
            boolean inclusive = lower ? range.lowerInclusive() : range.upperInclusive();
            if (limit != null) {
                key.add(limit);
                // Past an exclusive lower limit, or short of an exclusive upper one.
                Object rest = lower == inclusive ? KeyOrder.LOWEST : KeyOrder.HIGHEST;
                while (key.size() <= size) {
                    key.add(rest);
                }
                return key;
            }
        }
        while (key.size() <= size) {
            key.add(lower ? KeyOrder.LOWEST : KeyOrder.HIGHEST);
        }
        return key;
    }

    private static Map<String, FieldCondition> conditionsOf(Document query) {
        Map<String, FieldCondition> conditions = new LinkedHashMap<>();
        List<Map.Entry<String, Object>> clauses = new ArrayList<>();
        for (Map.Entry<String, Object> clause : query.entrySet()) {
            if (clause.getKey().equals(AND) && clause.getValue() instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        clauses.addAll(document.entrySet());
                    }
                }
            } else {
                clauses.add(clause);
            }
        }
        Set<String> unusable = new LinkedHashSet<>();
        for (Map.Entry<String, Object> clause : clauses) {
            String field = clause.getKey();
            if (field.startsWith("$") || unusable.contains(field)) {
                continue;
            }
            FieldCondition condition = FieldCondition.of(clause.getValue());
            FieldCondition combined = condition == null ? null : FieldCondition.both(conditions.get(field), condition);
            if (combined == null) {
                unusable.add(field);
                conditions.remove(field);
            } else {
                conditions.put(field, combined);
            }
        }
        return conditions;
    }
}
