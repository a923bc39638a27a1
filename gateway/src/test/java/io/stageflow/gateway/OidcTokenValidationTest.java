package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.stageflow.localinfra.LocalOidcProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as deployed: configured by nothing but the provider's issuer-uri (OIDC discovery
 * finds the JWKS), validating tokens a real OpenID Connect provider signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OidcTokenValidationTest {

    static final LocalOidcProvider IDP = LocalOidcProvider.start();
    static final RecordingBackend BACKEND = RecordingBackend.start();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", IDP::issuerUri);
        registry.add("stageflow.routes.lead-service", BACKEND::baseUrl);
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @Autowired
    WebTestClient web;

    @BeforeEach
    void forgetEarlierRequests() {
        BACKEND.clear();
    }

    @Test
    void providerTokenWithTenantAndAudienceIsAcceptedAndRelayed() {
        String token = IDP.token("acme", "alice");

        callLeads(token).expectStatus().isOk();

        assertThat(BACKEND.received()).singleElement().satisfies(request -> assertThat(request.header("Authorization"))
                .containsExactly("Bearer " + token));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice").issuer("https://evil.example")));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice").audience("billing")));
    }

    @Test
    void expiredTokenIsRefused() {
        // Beyond the 60 s clock skew the validator tolerates.
        assertRefused(IDP.sign(IDP.validClaims("acme", "alice"), Duration.ofMinutes(-5)));
    }

    @Test
    void tokenWithABadSignatureIsRefused() {
        // The provider's kid, so only the signature can give it away.
        Instant now = Instant.now();
        JWTClaimsSet claims = IDP.validClaims("acme", "alice")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .build();

        assertRefused(TestTokens.sign(TestTokens.foreignKey(IDP.currentKid()), claims));
    }

    @Test
    void providerTokenWithoutTenantClaimIsRefused() {
        assertRefused(IDP.tokenWithoutTenant("alice"));
    }

    private void assertRefused(String token) {
        Problems.assertInvalidToken(callLeads(token));
        assertThat(BACKEND.received()).isEmpty();
    }

    private WebTestClient.ResponseSpec callLeads(String token) {
        return Problems.getWithToken(web, "/api/leads", token);
    }
}
