package io.stageflow.kit.reasons;

import io.stageflow.events.ids.TenantId;
import io.stageflow.kit.domain.InvalidCommand;
import java.util.List;

/**
 * The reasons a tenant currently accepts for one kind of decision. Command handlers take it as a
 * resource, so a loss or a disqualification names a reason from the tenant's own list.
 */
@FunctionalInterface
public interface ReasonLists {
    /** The tenant's current list of {@code kind}: its latest definition, or the kind's defaults. */
    List<String> current(TenantId tenant, ReasonKind kind);

    /**
     * The reason as listed, or an {@link InvalidCommand} naming {@code field} and the reasons that
     * would have been accepted. Matching ignores surrounding blanks, nothing else: lists are free
     * text in any language, and a near miss is better refused than guessed.
     */
    default String requireListed(TenantId tenant, ReasonKind kind, String field, String reason) {
        List<String> listed = current(tenant, kind);
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new InvalidCommand(field, field + " is required; one of " + listed);
        }
        if (!listed.contains(given)) {
            throw new InvalidCommand(field, "'" + given + "' is not on the tenant's list; one of " + listed);
        }
        return given;
    }

    /** Every tenant on the defaults: for tests of rules that do not depend on a tenant's own list. */
    static ReasonLists defaults() {
        return (tenant, kind) -> kind.defaults();
    }
}
