package io.stageflow.kit.reasons;

import io.stageflow.kit.domain.InvalidCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reason list must be before it is defined: 1 to 100 reasons, each free text (any
 * language) of 1 to 200 characters once trimmed, none twice. The limits are the contract's, so a
 * definition that passes here is always publishable. A fault names the entry, e.g. {@code reasons[2]}.
 */
final class DefinedReasons {
    static final String FIELD = "reasons";
    static final int MAX_REASONS = 100;
    static final int MAX_LENGTH = 200;

    private DefinedReasons() {}

    /** The reasons trimmed, in the order given: the order is how clients offer them. */
    static List<String> require(List<String> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_REASONS) {
            throw new InvalidCommand(
                    FIELD,
                    "a reason list needs 1 to " + MAX_REASONS + " reasons but had "
                            + (given == null ? 0 : given.size()));
        }
        List<String> reasons = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String reason = given.get(i) == null ? "" : given.get(i).strip();
            String field = FIELD + "[" + i + "]";
            // UTF-16 units, as the rest of the service counts: never more than the schema's limit.
            if (reason.isEmpty() || reason.length() > MAX_LENGTH) {
                throw new InvalidCommand(field, field + " must be 1 to " + MAX_LENGTH + " characters once trimmed");
            }
            if (!seen.add(reason)) {
                throw new InvalidCommand(field, field + " '" + reason + "' is already on the list");
            }
            reasons.add(reason);
        }
        return List.copyOf(reasons);
    }
}
