package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.gateway.RecordingBackend.Received;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One Swagger UI at the gateway over each service's OpenAPI document, each service a backend of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTest {

    static final Map<String, RecordingBackend> SERVICES = Map.of(
            "lead-service", RecordingBackend.start(),
            "opportunity-service", RecordingBackend.start(),
            "metrics-service", RecordingBackend.start());

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> "http://127.0.0.1:" + RecordingBackend.closedPort());
        SERVICES.forEach((service, backend) -> registry.add("stageflow.routes." + service, backend::baseUrl));
    }

    @Autowired
    WebTestClient web;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(RecordingBackend::clear);
    }

    @Test
    void swaggerUiConfigurationListsTheThreeServicesDocuments() {
        web.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names ->
                        assertThat(names.toString()).contains("lead-service", "opportunity-service", "metrics-service"))
                .jsonPath("$.urls[?(@.name == 'lead-service')].url")
                .isEqualTo("/v3/api-docs/lead-service")
                .jsonPath("$.urls[?(@.name == 'opportunity-service')].url")
                .isEqualTo("/v3/api-docs/opportunity-service")
                .jsonPath("$.urls[?(@.name == 'metrics-service')].url")
                .isEqualTo("/v3/api-docs/metrics-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead-service", "opportunity-service", "metrics-service"})
    void documentRouteReachesItsServiceWithoutATokenAndPointsTryItOutAtTheGateway(String service) {
        web.get()
                .uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.answeredBy")
                .isEqualTo("backend")
                .jsonPath("$.servers[0].url")
                .isEqualTo("/");

        SERVICES.forEach((name, backend) -> {
            if (name.equals(service)) {
                assertThat(backend.received())
                        .extracting(Received::method, Received::path)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/v3/api-docs"));
            } else {
                assertThat(backend.received()).isEmpty();
            }
        });
    }

    @Test
    void swaggerUiPageIsServedWithAPolicyThatLetsItLoadFromTheGateway() {
        String location = web.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation()
                .toString();

        web.get()
                .uri(location)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'"))
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("swagger-ui"));
    }
}
