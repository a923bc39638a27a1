package io.stageflow.kit.security;

import io.stageflow.events.ids.TenantId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who sends a request, as its validated token says: tenant, user ({@code sub}), roles and the teams
 * the user belongs to or manages ({@code teams}). Nothing here comes from a path, body or header.
 */
public record Caller(TenantId tenant, String user, Set<Role> roles, Set<String> teams) {
    public static final String TEAMS_CLAIM = "teams";

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teams = Set.copyOf(teams);
    }

    public static Caller from(Jwt jwt) {
        TenantId tenant = TenantJwtConverter.tenantOf(jwt);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claimList(jwt, TenantJwtConverter.ROLES_CLAIM)
                .forEach(name -> Role.fromClaim(name).ifPresent(roles::add));
        Set<String> teams = new TreeSet<>();
        claimList(jwt, TEAMS_CLAIM).stream().filter(team -> !team.isBlank()).forEach(teams::add);
        return new Caller(tenant, jwt.getSubject() == null ? "" : jwt.getSubject(), roles, teams);
    }

    /** The caller of the request this thread serves, if it carries a validated token. */
    public static Optional<Caller> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? Optional.of(from(jwt))
                : Optional.empty();
    }

    private static List<String> claimList(Jwt jwt, String claim) {
        return jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : List.of();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
