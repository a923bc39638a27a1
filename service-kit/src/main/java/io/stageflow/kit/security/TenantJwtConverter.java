package io.stageflow.kit.security;

import io.stageflow.events.ids.TenantId;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Accepts only tokens that name a valid tenant, and maps the {@code roles} claim to {@code ROLE_*}
 * authorities. A token without a tenant is refused outright: no request may run tenant-less.
 */
public final class TenantJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        tenantOf(jwt);
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static TenantId tenantOf(Jwt jwt) {
        try {
            return new TenantId(jwt.getClaimAsString(TENANT_CLAIM));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token carries no valid '" + TENANT_CLAIM + "' claim");
        }
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        return roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
