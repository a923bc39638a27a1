package io.stageflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/** The alert rules and the Grafana dashboard of deploy/observability, as the tests read them. */
final class ObservabilityAssets {
    static final Path ROOT = Path.of(System.getProperty("stageflow.root", ".."));
    static final Path DIRECTORY = ROOT.resolve("deploy/observability");
    static final Path OPERATIONS_GUIDE = ROOT.resolve("docs/operations.md");
    static final Path RULES = DIRECTORY.resolve("prometheus/stageflow-alerts.yml");
    static final Path DASHBOARD = DIRECTORY.resolve("grafana/stageflow.json");

    private ObservabilityAssets() {}

    /** Every rule of every group, as the YAML maps them. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() {
        try (InputStream in = Files.newInputStream(RULES)) {
            Map<String, Object> file = new Yaml().load(in);
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return rules;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RULES, e);
        }
    }

    /** The PromQL of every panel target, rows' nested panels included. */
    static List<String> dashboardExpressions() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
            List<String> expressions = new ArrayList<>();
            collect(dashboard.path("panels"), expressions);
            return expressions;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DASHBOARD, e);
        }
    }

    private static void collect(JsonNode panels, List<String> expressions) {
        for (JsonNode panel : panels) {
            panel.path("targets")
                    .forEach(target -> expressions.add(target.path("expr").asText()));
            collect(panel.path("panels"), expressions);
        }
    }

    /** Every metric name the rules and the dashboard read. */
    static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        rules().forEach(rule -> names.addAll(PromQl.metricNames(String.valueOf(rule.get("expr")))));
        dashboardExpressions().forEach(expression -> names.addAll(PromQl.metricNames(expression)));
        return names;
    }
}
