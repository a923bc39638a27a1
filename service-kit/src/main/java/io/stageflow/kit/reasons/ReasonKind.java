package io.stageflow.kit.reasons;

import java.util.List;

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
}
