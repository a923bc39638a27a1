package io.stageflow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class RateLimitKeysTest {

    @Test
    void userKeyHoldsTenantAndSubject() {
        assertThat(key(RateLimitKeys.user(), "acme", "alice")).isEqualTo("acme/alice");
        assertThat(key(RateLimitKeys.tenant(), "acme", "alice")).isEqualTo("acme");
    }

    @Test
    void noTenantAndSubjectPairSpellsAnotherPairsKey() {
        assertThat(key(RateLimitKeys.user(), "a/b", "c")).isNotEqualTo(key(RateLimitKeys.user(), "a", "b/c"));
    }

    @Test
    void tokenWithoutSubjectSharesOneUserBucketOfItsTenant() {
        assertThat(key(RateLimitKeys.user(), "acme", null)).isEqualTo("acme/");
    }

    @Test
    void requestWithoutTokenHasNoKey() {
        ServerWebExchange anonymous =
                MockServerWebExchange.from(MockServerHttpRequest.get("/v3/api-docs/lead-service"));

        assertThat(RateLimitKeys.user().resolve(anonymous).blockOptional()).isEmpty();
    }

    private static String key(KeyResolver resolver, String tenant, String subject) {
        Jwt.Builder token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(claims -> claims.putAll(Map.of("tenant", tenant)))
                .issuedAt(Instant.now());
        if (subject != null) {
            token.subject(subject);
        }
        JwtAuthenticationToken authentication = new JwtAuthenticationToken(token.build());
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/leads"))
                .mutate()
                .principal(Mono.just(authentication))
                .build();
        return resolver.resolve(exchange).block();
    }
}
