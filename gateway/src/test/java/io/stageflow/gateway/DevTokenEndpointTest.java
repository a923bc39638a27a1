package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class DevTokenEndpointTest extends LocalGatewayTest {

    @Test
    void issuedTokenVerifiesWithThePublishedKeySetAndCarriesTheRequestedIdentity() throws Exception {
        String token = devToken("acme", "alice");
        String jwks = web.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        SignedJWT jwt = SignedJWT.parse(token);
        JWK published = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(published).isInstanceOf(RSAKey.class);
        assertThat(published.isPrivate())
                .as("JWKS must not leak the private key")
                .isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(published.toRSAKey()))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(claims.getAudience()).containsExactly("stageflow");
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaim("roles")).containsExactly("manager");
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void responseFollowsTheOAuthTokenResponseShape() {
        web.post()
                .uri("/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"tenant\":\"acme\",\"user\":\"alice\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.access_token")
                .isNotEmpty()
                .jsonPath("$.token_type")
                .isEqualTo("Bearer")
                .jsonPath("$.expires_in")
                .isEqualTo(3600);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"user\":\"alice\"}",
                "{\"tenant\":\"acme\"}",
                "{\"tenant\":\"ac me\",\"user\":\"alice\"}",
                "{\"tenant\":\"-acme\",\"user\":\"alice\"}",
                "{\"tenant\":\"acme\",\"user\":\"alice/../root\"}",
                "{\"tenant\":\"acme\",\"user\":\"alice\",\"roles\":[\"bad role\"]}",
                "{\"tenant\":\"acme\",\"user\":\"alice\",\"roles\":[null]}",
                "{\"tenant\":\"acme\",\"user\":",
                "[]",
                ""
            })
    void invalidRequestIsABadRequestProblem(String body) {
        web.post()
                .uri("/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.access_token")
                .doesNotExist();
    }

    @Test
    void tenantLongerThanSixtyFourCharactersIsRejected() {
        String tenant = "a".repeat(65);

        web.post()
                .uri("/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tenant", tenant, "user", "alice", "roles", List.of()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("tenant");
    }
}
