package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.metrics.config.ProjectionClaims;
import io.stageflow.metrics.support.EventTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rebuild is an operator's tool on the management port, as the service runs: reported, started
 * and cancelled there without a token, and absent from the API port, where a tenant's caller is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ProjectionsEndpointTest {
    private static final EventTopics TOPICS = EventTopics.create(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
        TOPICS.register(registry);
    }

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Test
    void operatorsStartFollowAndCancelARebuildOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> idle = send("GET", managementPort);
        assertThat(idle.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(idle.body(), "$.state")).isIn("IDLE", "DONE", "CANCELLED");

        HttpResponse<String> started = send("POST", managementPort);
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(started.body(), "$.processor")).startsWith("kpi-rebuild-");
        assertThat((String) JsonPath.read(send("GET", managementPort).body(), "$.state"))
                .isIn("RUNNING", "SWITCHING", "DONE");

        HttpResponse<String> cancelled = send("DELETE", managementPort);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(cancelled.body(), "$.state")).isIn("CANCELLED", "DONE");

        assertThat(send("GET", apiPort).statusCode()).as("on the API port").isIn(401, 404);
        assertThat(send("POST", apiPort).statusCode()).as("on the API port").isIn(401, 403, 404);
    }

    @Test
    void theInstanceReportsTheSegmentItProjects() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (claimed() != 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(claimed()).as("segments this instance holds the claim of").isEqualTo(1);
    }

    private double claimed() {
        return meters.get(ProjectionClaims.CLAIMED_SEGMENTS)
                .tag("processor", "kpi-projection")
                .gauge()
                .value();
    }

    private static HttpResponse<String> send(String method, int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/projections"))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
