package io.stageflow.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.testapp.KitTestApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * As the services run: the actuator on its own management port (the one Kubernetes probes and
 * Prometheus reach, never exposed through an ingress), with only health and prometheus on it.
 */
@SpringBootTest(
        classes = KitTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
// Tests turn metrics export off unless asked; the prometheus endpoint is what is under test here.
@AutoConfigureObservability(tracing = false)
class ManagementPortTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthAndPrometheusAnswerOnTheManagementPortWithoutAToken() throws Exception {
        assertThat(managementPort).isNotEqualTo(apiPort);

        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);

        HttpResponse<String> prometheus = get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void noOtherEndpointIsOpen() throws Exception {
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers"}) {
            assertThat(get(managementPort, "/actuator/" + endpoint).statusCode())
                    .as(endpoint)
                    .isIn(401, 404);
        }
    }

    @Test
    void theApiPortHasNoActuator() throws Exception {
        assertThat(get(apiPort, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(apiPort, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
