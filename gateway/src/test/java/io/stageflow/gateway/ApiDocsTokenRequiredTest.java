package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Operators may close the UI and the documents to callers without a token. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stageflow.api-docs.require-token=true")
class ApiDocsTokenRequiredTest {

    static final RecordingBackend LEADS = RecordingBackend.start();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> "http://127.0.0.1:" + RecordingBackend.closedPort());
        registry.add("stageflow.routes.lead-service", LEADS::baseUrl);
    }

    @Autowired
    WebTestClient web;

    @Test
    void uiConfigurationAndDocumentsAskForAToken() {
        for (String path :
                new String[] {"/swagger-ui.html", "/v3/api-docs/swagger-config", "/v3/api-docs/lead-service"}) {
            web.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        assertThat(LEADS.received()).isEmpty();
    }
}
