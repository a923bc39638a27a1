package io.stageflow.kit.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a token's {@code roles} claim may grant, modelled on a CRM's sharing model (docs/security.md):
 * reps own records, managers see their teams', executives the tenant's; analysts read metrics only,
 * admins configure and operate but read no sales records. Unknown role names grant nothing.
 */
public enum Role {
    REP,
    MANAGER,
    EXECUTIVE,
    ANALYST,
    ADMIN;

    /** The name in the {@code roles} claim and in {@code hasRole(...)}: lower case. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
