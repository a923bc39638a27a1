package io.stageflow.kit.security;

import java.util.Optional;
import java.util.Set;

/**
 * The sharing rules of leads, opportunities and accounts (docs/security.md): an executive sees and
 * changes every record of the tenant; a manager those of their teams, and their own; a rep their own.
 * Analysts and admins see no records. What a caller cannot see answers 404, never 403, so ids of
 * other people's records reveal nothing.
 */
public final class SalesRecordAccess {
    private SalesRecordAccess() {}

    /** Whether the caller may see, and so change, a record owned by {@code owner} in {@code team}. */
    public static boolean sees(Caller caller, String owner, String team) {
        if (caller.has(Role.EXECUTIVE)) {
            return true;
        }
        if (caller.has(Role.MANAGER) && team != null && caller.teams().contains(team)) {
            return true;
        }
        return caller.hasAny(Role.REP, Role.MANAGER) && caller.user().equals(owner);
    }

    /**
     * Refuses an owner or team the caller may not give a record (property-level authorization): a
     * rep only themself in one of their teams, a manager anyone in one of their teams.
     */
    public static void requireAssignable(Caller caller, String owner, String team) {
        if (caller.has(Role.EXECUTIVE)) {
            return;
        }
        if (caller.has(Role.MANAGER) && caller.teams().contains(team)) {
            return;
        }
        if (caller.has(Role.REP)
                && caller.user().equals(owner)
                && caller.teams().contains(team)) {
            return;
        }
        if (caller.has(Role.MANAGER)) {
            throw new AccessRefused("A manager assigns records only within their own teams " + caller.teams()
                    + "; teamId '" + team + "' is not one of them.");
        }
        if (!caller.user().equals(owner)) {
            throw new AccessRefused(
                    "A rep cannot make another user the owner: ownerId must be '" + caller.user() + "'.");
        }
        throw new AccessRefused("teamId '" + team + "' is not one of the caller's teams " + caller.teams() + ".");
    }

    /**
     * Refuses an account owner the caller may not name: accounts have no team, so a manager or an
     * executive names anyone and a rep only themself.
     */
    public static void requireAccountOwner(Caller caller, String owner) {
        if (!caller.hasAny(Role.MANAGER, Role.EXECUTIVE) && !caller.user().equals(owner)) {
            throw new AccessRefused(
                    "A rep cannot make another user the owner: ownerId must be '" + caller.user() + "'.");
        }
    }

    /**
     * Which records a list shows the caller: empty for every record of the tenant, otherwise those
     * owned by the user or in one of the teams.
     */
    public static Optional<Visible> visible(Caller caller) {
        if (caller.has(Role.EXECUTIVE)) {
            return Optional.empty();
        }
        Set<String> teams = caller.has(Role.MANAGER) ? caller.teams() : Set.of();
        String owner = caller.hasAny(Role.REP, Role.MANAGER) ? caller.user() : null;
        return Optional.of(new Visible(owner, teams));
    }

    /** Records owned by {@code owner} (when not null) or in any of {@code teams}; nothing when both are empty. */
    public record Visible(String owner, Set<String> teams) {
        public Visible {
            teams = Set.copyOf(teams);
        }
    }
}
