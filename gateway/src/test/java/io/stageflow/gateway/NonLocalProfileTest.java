package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Without the local profile the gateway trusts only the configured identity provider (here a
 * JWKS address nobody answers, which is fetched lazily) and issues no tokens itself.
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
    void healthAndPrometheusAreOpen() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void otherActuatorEndpointsAreNotReadable() {
        web.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/gateway/routes").exchange().expectStatus().isUnauthorized();
    }
}
