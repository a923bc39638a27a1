package io.stageflow.gateway.ratelimit;

import io.stageflow.gateway.security.TenantClaimValidator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate-limit keys from the validated token. A subject is unique only within its tenant, so the
 * user key holds both; each part is URL-encoded so that no tenant and subject pair can spell
 * another pair's key. Without a token there is no key (only the API docs are reachable so).
 */
final class RateLimitKeys {

    private RateLimitKeys() {}

    static KeyResolver user() {
        // A token without a subject (some machine clients) shares one user bucket per tenant.
        return exchange -> token(exchange)
                .map(jwt -> encode(tenant(jwt)) + "/" + encode(Objects.requireNonNullElse(jwt.getSubject(), "")));
    }

    static KeyResolver tenant() {
        return exchange -> token(exchange).map(jwt -> encode(tenant(jwt)));
    }

    private static Mono<Jwt> token(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> ((JwtAuthenticationToken) principal).getToken());
    }

    private static String tenant(Jwt jwt) {
        return jwt.getClaimAsString(TenantClaimValidator.CLAIM);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
