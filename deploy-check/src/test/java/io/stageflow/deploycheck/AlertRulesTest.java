package io.stageflow.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules and the dashboard's queries as Prometheus itself reads them: {@code promtool}
 * parses every expression, and runs the rules' unit tests (stageflow-alerts.test.yml), which feed
 * series shaped like the services' and say which alerts fire, when, with which labels and text.
 * Which metrics exist is ObservabilityIT's part (platform).
 */
class AlertRulesTest {
    private static final Path PROMETHEUS = Repo.ROOT.resolve("deploy/observability/prometheus");
    private static final Path DASHBOARD = Repo.ROOT.resolve("deploy/observability/grafana/stageflow.json");
    private static final String MISSING =
            "promtool is not installed (tools/ensure-debian-package.sh installs Debian's prometheus package"
                    + " when the build runs as root)";

    @Test
    void theRuleFileIsValid() throws Exception {
        assertThat(promtool("check", "rules", PROMETHEUS.resolve("stageflow-alerts.yml")))
                .contains("SUCCESS: 8 rules found");
    }

    @Test
    void eachAlertFiresWhenItsUnitTestsSayAndNotBefore() throws Exception {
        assertThat(promtool("test", "rules", PROMETHEUS.resolve("stageflow-alerts.test.yml")))
                .contains("SUCCESS");
    }

    @Test
    void everyDashboardQueryParses(@TempDir Path dir) throws Exception {
        List<String> queries = new ArrayList<>();
        collect(new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels"), queries);
        List<Map<String, String>> asRules = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            // Grafana's interval variables are not PromQL; a duration stands in for them.
            asRules.add(Map.of("record", "panel:" + i, "expr", queries.get(i).replace("$__rate_interval", "5m")));
        }
        Path rules = dir.resolve("dashboard-queries.yml");
        Files.writeString(
                rules, new Yaml().dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", asRules)))));

        assertThat(queries).hasSizeGreaterThan(20);
        assertThat(promtool("check", "rules", rules)).contains("SUCCESS: " + queries.size() + " rules found");
    }

    private static void collect(JsonNode panels, List<String> queries) {
        for (JsonNode panel : panels) {
            panel.path("targets").forEach(target -> {
                if (target.hasNonNull("expr")) {
                    queries.add(target.get("expr").asText());
                }
            });
            collect(panel.path("panels"), queries);
        }
    }

    private static String promtool(String command, String subcommand, Path file)
            throws IOException, InterruptedException {
        Path binary = findOnPath("promtool").orElse(null);
        if (binary == null && System.getenv("CI") != null) {
            fail(MISSING + "; CI is set, so the alert rules must be checked.");
        }
        Assumptions.assumeTrue(binary != null, MISSING + ": skipping the promtool checks.");
        Process process = new ProcessBuilder(
                        binary.toString(),
                        command,
                        subcommand,
                        file.getFileName().toString())
                .directory(file.getParent().toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin";
        return Arrays.stream(path.split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
