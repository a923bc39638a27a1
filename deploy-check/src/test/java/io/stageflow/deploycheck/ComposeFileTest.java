package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/compose.yaml cannot run here (no Docker), so its structure is checked: only the
 * Compose keys it is meant to use, dependencies and volumes that exist, the images Jib names, and
 * addresses that point at the services and ports the chart also uses.
 */
class ComposeFileTest {
    private static final Set<String> TOP_LEVEL =
            Set.of("name", "services", "volumes", "x-service", "x-backend-environment");
    private static final Set<String> SERVICE_KEYS = Set.of(
            "image",
            "command",
            "environment",
            "ports",
            "depends_on",
            "healthcheck",
            "volumes",
            "read_only",
            "tmpfs",
            "restart",
            "mem_limit");
    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");
    private static final Map<String, String> VALUES_KEYS = Map.of(
            "gateway", "gateway",
            "lead-service", "leadService",
            "opportunity-service", "opportunityService",
            "metrics-service", "metricsService");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void read() throws IOException {
        // SnakeYAML, not Jackson: the file shares settings through merge keys (<<), which Jackson keeps as a field.
        try (Reader reader = Files.newBufferedReader(Repo.COMPOSE)) {
            compose = new Yaml().load(reader);
        }
        services = cast(compose.get("services"));
    }

    @Test
    void onlyKnownKeys() {
        assertThat(compose.keySet()).as("top level").allMatch(TOP_LEVEL::contains);
        services.forEach(
                (name, service) -> assertThat(service.keySet()).as(name).allMatch(SERVICE_KEYS::contains));
    }

    @Test
    void dependenciesAndVolumesExist() {
        Map<String, Object> volumes = cast(compose.get("volumes"));
        services.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn = cast(service.getOrDefault("depends_on", Map.of()));
            dependsOn.forEach((dependency, how) -> {
                assertThat(services).as(name + " depends on").containsKey(dependency);
                assertThat(CONDITIONS).as(name + " -> " + dependency).contains((String) how.get("condition"));
                if ("service_healthy".equals(how.get("condition"))) {
                    assertThat(services.get(dependency))
                            .as(dependency + " has a healthcheck")
                            .containsKey("healthcheck");
                }
            });
            List<String> mounts = cast(service.getOrDefault("volumes", List.of()));
            mounts.forEach(mount -> assertThat(volumes).as(name).containsKey(mount.substring(0, mount.indexOf(':'))));
        });
    }

    @Test
    void theFourServicesRunTheImagesJibBuilds() {
        VALUES_KEYS.keySet().forEach(name -> assertThat(
                        (String) services.get(name).get("image"))
                .as(name)
                .matches("\\$\\{STAGEFLOW_REGISTRY:-[^}]+}/stageflow/" + name + ":\\$\\{STAGEFLOW_TAG:-[^}]+}"));
    }

    @Test
    void addressesPointAtServicesAndTheirPorts() throws IOException {
        Map<String, Object> chartValues;
        try (Reader reader = Files.newBufferedReader(Repo.CHART.resolve("values.yaml"))) {
            chartValues = new Yaml().load(reader);
        }
        Map<String, String> gateway = environment("gateway");
        for (String backend : List.of("lead-service", "opportunity-service", "metrics-service")) {
            URI route = URI.create(
                    gateway.get("STAGEFLOW_ROUTES_" + backend.replace("-", "").toUpperCase()));
            Map<String, Object> values = cast(chartValues.get(VALUES_KEYS.get(backend)));
            assertThat(route.getHost()).isEqualTo(backend);
            assertThat(route.getPort())
                    .as(backend + " API port, as in the chart")
                    .isEqualTo(values.get("port"));
            Map<String, String> env = environment(backend);
            assertThat(services)
                    .containsKey(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS").split(":")[0]);
            assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"))
                    .endsWith("//" + env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
            assertThat(services)
                    .containsKey(URI.create(env.get("SPRING_DATA_MONGODB_URI")).getHost());
            assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI"))
                    .as(backend + " trusts the gateway's dev tokens")
                    .isEqualTo(gateway.get("STAGEFLOW_SECURITY_ISSUER"));
        }
    }

    private static Map<String, String> environment(String service) {
        Map<String, Object> env = cast(services.get(service).get("environment"));
        return env.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
