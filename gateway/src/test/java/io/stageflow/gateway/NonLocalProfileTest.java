package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Without the local profile the gateway trusts only the configured identity provider (here a
 * JWKS address nobody answers, which is fetched lazily). Default settings otherwise: no CORS
 * origin, actuator on its own port (a free one in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Boot's tests switch metrics export off by default; the Prometheus endpoint needs it on.
@AutoConfigureObservability(tracing = false)
class NonLocalProfileTest {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        int nobody = RecordingBackend.closedPort();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://127.0.0.1:" + nobody);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + nobody + "/jwks.json");
    }

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    @Test
    void apiStillRequiresAToken() {
        web.get()
                .uri("/api/leads")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void healthAndPrometheusAreOpenOnTheManagementPort() {
        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();

        management.get().uri("/actuator/health").exchange().expectStatus().isOk();
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        // Not exposed; the management port shares the gateway's security chain, which wants a token first.
        management.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        management
                .get()
                .uri("/actuator/gateway/routes")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void actuatorIsNotOpenOnTheMainPort() {
        // With a token these are 404 (HardeningTest); without one, a token is asked for first.
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus"}) {
            web.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void withNoOriginListedEveryCrossOriginPreflightIsRefused() {
        CorsTest.assertRefusedOrigin(CorsTest.preflight(web, LocalGatewayTest.ALLOWED_ORIGIN));
    }
}
