package io.stageflow.gateway;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Shared setup of the local-profile tests, so they share one application context. Leads and
 * opportunities route to a recording backend; metrics routes to a port nobody listens on, to
 * show what a client sees when a service is down.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stageflow.cors.allowed-origins=" + LocalGatewayTest.ALLOWED_ORIGIN)
@ActiveProfiles("local")
abstract class LocalGatewayTest {

    static final String ALLOWED_ORIGIN = "https://app.example.com";

    // Lives as long as the JVM: the cached context keeps pointing at it across test classes.
    static final RecordingBackend BACKEND = RecordingBackend.start();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("stageflow.routes.lead-service", BACKEND::baseUrl);
        registry.add("stageflow.routes.opportunity-service", BACKEND::baseUrl);
        registry.add("stageflow.routes.metrics-service", () -> "http://127.0.0.1:" + RecordingBackend.closedPort());
    }

    @Autowired
    WebTestClient web;

    @BeforeEach
    void forgetEarlierRequests() {
        BACKEND.clear();
    }

    String devToken(String tenant, String user) {
        return TestTokens.devToken(web, tenant, user, List.of("manager"));
    }
}
