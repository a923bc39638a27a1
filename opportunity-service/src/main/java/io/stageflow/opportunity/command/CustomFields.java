package io.stageflow.opportunity.command;

import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import io.stageflow.kit.domain.RuleViolation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The information entry criteria ask for: an opportunity's custom fields (free names, any language,
 * such as {@code budget} or {@code 决策人}) and the built-in fields that have requests of their own.
 */
final class CustomFields {
    /** Built-in fields a criterion may name; they are changed through their own requests. */
    static final Set<String> BUILT_IN = Set.of("amount", "expectedCloseDate", "accountId");

    private static final int MAX_NAME = 64;
    private static final int MAX_VALUE = 500;
    private static final int MAX_FIELDS = 100;

    private CustomFields() {}

    record Change(Map<String, String> set, List<String> cleared) {
        boolean isEmpty() {
            return set.isEmpty() && cleared.isEmpty();
        }
    }

    /** What {@code requested} changes in {@code current}; a name mapped to null is cleared. */
    static Change change(Map<String, String> current, Map<String, String> requested, boolean allowNothing) {
        if (requested == null || requested.isEmpty()) {
            if (allowNothing) {
                return new Change(Map.of(), List.of());
            }
            throw new InvalidCommand("fields", "fields must name at least one field");
        }
        Map<String, String> set = new LinkedHashMap<>();
        List<String> cleared = new ArrayList<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            String name = name(entry.getKey());
            String value = value(name, entry.getValue());
            if (value == null) {
                if (current.containsKey(name)) {
                    cleared.add(name);
                }
            } else if (!value.equals(current.get(name))) {
                set.put(name, value);
            }
        }
        Change change = new Change(set, cleared);
        if (after(current, change).size() > MAX_FIELDS) {
            throw new InvalidCommand("fields", "an opportunity has at most " + MAX_FIELDS + " custom fields");
        }
        if (change.isEmpty() && !allowNothing) {
            throw new RuleViolation("the fields have these values already");
        }
        return change;
    }

    static Map<String, String> after(Map<String, String> current, Change change) {
        Map<String, String> next = new HashMap<>(current);
        change.cleared().forEach(next::remove);
        next.putAll(change.set());
        return next;
    }

    /** Refuses a move into a stage whose criteria name fields {@code present} lacks. */
    static void requireAll(Set<String> required, Set<String> present, String stage) {
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new MissingInformation(
                    "entering '" + stage + "' needs " + String.join(", ", missing)
                            + ": set them first (custom fields via POST .../fields)",
                    List.copyOf(missing));
        }
    }

    private static String name(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidCommand("fields", "a field name is 1 to " + MAX_NAME + " characters");
        }
        if (BUILT_IN.contains(name)) {
            throw new InvalidCommand("fields." + name, name + " is a built-in field with a request of its own");
        }
        return name;
    }

    private static String value(String name, String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > MAX_VALUE) {
            throw new InvalidCommand(
                    "fields." + name, "a value is 1 to " + MAX_VALUE + " characters; null clears the field");
        }
        return value;
    }
}
