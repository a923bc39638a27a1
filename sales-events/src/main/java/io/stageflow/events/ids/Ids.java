package io.stageflow.events.ids;

import java.util.regex.Pattern;

final class Ids {
    /** Aggregate ids travel in URLs, Kafka keys and Mongo keys: keep them to a safe alphabet. */
    static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

    private Ids() {}

    static void requireMatching(String what, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + pattern.pattern() + " but was '" + value + "'");
        }
    }
}
