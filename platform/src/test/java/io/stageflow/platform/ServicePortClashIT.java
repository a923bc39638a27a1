package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.stageflow.localinfra.FreePorts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service whose port another process took between the launcher picking it and the service binding
 * it (seen once: the launcher took another process's healthy actuator for the service, and the
 * gateway routed there). The launcher must not be fooled, and must say which port was lost.
 */
class ServicePortClashIT {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path logs;

    @Test
    void aServiceWhoseManagementPortAnotherHealthyProcessHoldsIsNeverTakenForHealthy() throws IOException {
        HttpServer impostor = HttpServer.create(new InetSocketAddress(0), 0);
        AtomicInteger asked = new AtomicInteger();
        impostor.createContext("/", exchange -> {
            asked.incrementAndGet();
            byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        impostor.start();
        int taken = impostor.getAddress().getPort();
        ServiceProcess gateway = startGateway(taken);
        try {
            assertThatThrownBy(() -> awaitHealthy(gateway))
                    .isInstanceOf(PortInUse.class)
                    .hasMessageContaining("gateway could not bind port " + taken + ": another process holds it");
            assertThat(asked.get()).as("the launcher asked the impostor").isPositive();
        } finally {
            gateway.stop(Duration.ofSeconds(10));
            impostor.stop(0);
        }
    }

    @Test
    void aServiceOnItsOwnPortsIsHealthy() {
        ServiceProcess gateway = startGateway(FreePorts.pick());
        try {
            awaitHealthy(gateway);
        } finally {
            gateway.stop(Duration.ofSeconds(10));
        }
    }

    private ServiceProcess startGateway(int managementPort) {
        Path root = Path.of(System.getProperty("stageflow.root", "..")).toAbsolutePath();
        int port = FreePorts.pick();
        return ServiceProcess.start(
                Service.GATEWAY,
                ServiceJars.locate(root).get(Service.GATEWAY),
                port,
                managementPort,
                PlatformOptions.DEFAULT_JVM_OPTIONS,
                List.of("--spring.profiles.active=local", "--stageflow.security.issuer=http://localhost:" + port),
                logs.resolve("gateway.log"));
    }

    private static void awaitHealthy(ServiceProcess service) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!service.isHealthy()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not healthy after " + START_TIMEOUT + ": " + service.lastAnswer());
            }
            LocalPlatform.sleep(Duration.ofMillis(250));
        }
    }
}
