package io.stageflow.kit.reasons;

import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-tenant reason lists commands check against, each with the list a tenant has until it
 * defines its own.
 */
public enum ReasonKind {
    /** Why an opportunity was lost. */
    LOSS(List.of("price", "competitor", "no decision", "product fit", "timing", "budget", "other")),
    /** Why a lead was disqualified. */
    DISQUALIFY(List.of("no budget", "no need", "no authority", "bad timing", "unreachable", "duplicate", "other"));

    private final List<String> defaults;

    ReasonKind(List<String> defaults) {
        this.defaults = defaults;
    }

    public List<String> defaults() {
        return defaults;
    }

    /** How the kind is named in paths and responses: {@code loss}, {@code disqualify}. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a path names, exactly as {@link #pathName()} spells it. */
    public static Optional<ReasonKind> ofPathName(String pathName) {
        return Arrays.stream(values())
                .filter(kind -> kind.pathName().equals(pathName))
                .findFirst();
    }

    /**
     * The one list of this kind a tenant has. Fixed per tenant and kind, so that every service finds
     * it without a lookup and two first definitions race for the same id, never create two lists.
     */
    public ReasonListId listIdFor(TenantId tenant) {
        return new ReasonListId("reasons." + pathName() + "." + tenant.value());
    }
}
