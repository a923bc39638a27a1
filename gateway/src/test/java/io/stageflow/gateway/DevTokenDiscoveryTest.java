package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stageflow.localinfra.FreePorts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Locally the gateway is the services' identity provider: a service configured by nothing but
 * {@code issuer-uri} (as in production) discovers the gateway's keys and accepts its dev tokens.
 * The issuer is the gateway's real address, so the port is chosen before the context starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("local")
class DevTokenDiscoveryTest {

    static final int PORT = FreePorts.pick();
    static final String ISSUER = "http://127.0.0.1:" + PORT;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("management.server.port", () -> 0);
        registry.add("stageflow.security.issuer", () -> ISSUER);
        String nobody = "http://127.0.0.1:" + RecordingBackend.closedPort();
        registry.add("stageflow.routes.lead-service", () -> nobody);
        registry.add("stageflow.routes.opportunity-service", () -> nobody);
        registry.add("stageflow.routes.metrics-service", () -> nobody);
    }

    @Autowired
    WebTestClient web;

    @Test
    void aResourceServerConfiguredByIssuerUriAloneAcceptsTheDevTokens() {
        JwtDecoder service = JwtDecoders.fromIssuerLocation(ISSUER);

        Jwt jwt = service.decode(devToken("acme", "alice"));

        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsString("tenant")).isEqualTo("acme");
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsKeys() {
        web.get()
                .uri("/.well-known/openid-configuration")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.issuer")
                .isEqualTo(ISSUER)
                .jsonPath("$.jwks_uri")
                .isEqualTo(ISSUER + "/.well-known/jwks.json")
                .jsonPath("$.id_token_signing_alg_values_supported[0]")
                .isEqualTo("RS256");
    }

    @Test
    void aTokenWithAnotherSignatureIsRefusedByTheDiscoveredDecoder() {
        String token = devToken("acme", "alice");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";

        JwtDecoder service = JwtDecoders.fromIssuerLocation(ISSUER);

        assertThat(catchThrowable(() -> service.decode(tampered))).isInstanceOf(JwtException.class);
    }

    private String devToken(String tenant, String user) {
        return TestTokens.devToken(web, tenant, user, List.of("rep"));
    }
}
