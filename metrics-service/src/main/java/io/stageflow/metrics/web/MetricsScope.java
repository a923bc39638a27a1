package io.stageflow.metrics.web;

import io.stageflow.kit.security.AccessRefused;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.Role;
import io.stageflow.metrics.kpi.KpiDimensions;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics a caller may see, as filters added to their question (docs/security.md): executives and
 * analysts the tenant's, a manager one of their teams' at a time, a rep their own. A question beyond
 * the scope is refused (403), never silently narrowed, so no one mistakes a part for the whole; a
 * question that names no scope is narrowed to the caller's own.
 */
final class MetricsScope {
    private MetricsScope() {}

    /** {@code filters} with the caller's scope added; refuses filters outside it. */
    static Map<String, String> of(Caller caller, Map<String, String> filters) {
        if (caller.hasAny(Role.EXECUTIVE, Role.ANALYST)) {
            return filters;
        }
        Map<String, String> scoped = new TreeMap<>(filters);
        if (caller.has(Role.MANAGER)) {
            scoped.put(KpiDimensions.TEAM, team(caller, filters.get(KpiDimensions.TEAM)));
            return scoped;
        }
        String rep = filters.get(KpiDimensions.REP);
        if (rep != null && !rep.equals(caller.user())) {
            throw new AccessRefused("A rep sees their own metrics: rep must be '" + caller.user() + "' or absent.");
        }
        scoped.put(KpiDimensions.REP, caller.user());
        return scoped;
    }

    /** The team a manager's question is about: the one named, if theirs, or their only one. */
    static String team(Caller caller, String named) {
        if (named != null) {
            if (!caller.teams().contains(named)) {
                throw new AccessRefused("A manager sees their own teams' metrics; team '" + named + "' is not one of "
                        + caller.teams() + ".");
            }
            return named;
        }
        if (caller.teams().size() == 1) {
            return caller.teams().iterator().next();
        }
        if (caller.teams().isEmpty()) {
            throw new AccessRefused("A manager sees their own teams' metrics, and the token names no team.");
        }
        throw new IllegalArgumentException(
                "team is required: a manager's metrics are one team's at a time, one of " + caller.teams() + ".");
    }

    /** Whether the caller sees every rep and team of the tenant. */
    static boolean seesTenant(Caller caller) {
        return caller.hasAny(Role.EXECUTIVE, Role.ANALYST);
    }
}
