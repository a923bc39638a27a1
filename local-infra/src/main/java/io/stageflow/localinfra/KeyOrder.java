package io.stageflow.localinfra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;

/**
 * Orders index keys field by field in BSON order, as the matcher compares values. Two sentinels,
 * {@link #LOWEST} and {@link #HIGHEST}, sort below and above every value, so a key that fixes the
 * first fields and leaves the rest at a sentinel bounds the range of every key with that prefix.
 */
enum KeyOrder implements Comparator<KeyValue> {
    INSTANCE;

    static final Object LOWEST = new Object() {
        @Override
        public String toString() {
            return "LOWEST";
        }
    };
    static final Object HIGHEST = new Object() {
        @Override
        public String toString() {
            return "HIGHEST";
        }
    };

    private static final Comparator<Object> BSON = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        if (a.size() == b.size()) {
            return 0;
        }
        // A bound is one longer than the keys: its last sentinel puts it just below or above them.
        boolean aLonger = a.size() > b.size();
        Object next = aLonger ? a.get(b.size()) : b.get(a.size());
        int longerFirst = next == LOWEST ? -1 : 1;
        return aLonger ? longerFirst : -longerFirst;
    }

    private static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == LOWEST || b == HIGHEST) {
            return -1;
        }
        if (a == HIGHEST || b == LOWEST) {
            return 1;
        }
        if (a instanceof String first && b instanceof String second) {
            // What ValueComparator does for two strings, without its type dispatch: the read
            // models' keys are strings, and this comparison is the index's hot path.
            return first.compareTo(second);
        }
        return BSON.compare(a, b);
    }
}
