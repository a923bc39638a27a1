package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alert rules are a valid rule file an operator can load as is, each alert with its runbook. */
class ObservabilityAssetsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasAnExpressionADelayASeverityAndARunbookAnchor() {
        List<Map<String, Object>> rules = ObservabilityAssets.rules();

        assertThat(rules).extracting(rule -> rule.get("alert")).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule -> {
            String alert = (String) rule.get("alert");
            assertThat(alert).as("alert name").isNotBlank();
            assertThat(rule.get("expr")).as("%s expr", alert).isInstanceOf(String.class);
            assertThat(PromQl.metricNames((String) rule.get("expr")))
                    .as("%s reads a metric", alert)
                    .isNotEmpty();
            assertThat(String.valueOf(rule.get("for"))).as("%s for", alert).matches("\\d+[smh]");
            assertThat((Map<String, Object>) rule.get("labels"))
                    .as("%s labels", alert)
                    .extractingByKey("severity")
                    .isIn("warning", "critical");
            Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
            assertThat(annotations).as("%s annotations", alert).containsKeys("summary", "description");
            assertThat(annotations.get("runbook_url"))
                    .as("%s runbook", alert)
                    .isEqualTo("docs/operations.md#alert-" + alert.toLowerCase());
        });
    }

    @Test
    void everyRunbookAnchorIsASectionOfTheOperationsGuide() throws IOException {
        List<String> headings = Files.readAllLines(ObservabilityAssets.OPERATIONS_GUIDE).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").trim())
                .toList();

        assertThat(ObservabilityAssets.rules())
                .extracting(rule -> "alert-" + ((String) rule.get("alert")).toLowerCase())
                .allSatisfy(anchor -> assertThat(headings).as("runbook section").contains(anchor));
    }

    @Test
    void theRulesCoverWhatOperatorsMustHearAbout() {
        assertThat(ObservabilityAssets.rules())
                .extracting(rule -> rule.get("alert"))
                .contains(
                        "ProjectionLagGrowing",
                        "ProjectionDeadLetters",
                        "HttpServerErrorRateHigh",
                        "ForwarderStuck",
                        "ProjectionNotClaimed",
                        "ForwarderProducerResets",
                        "EventsRejected",
                        "JvmHeapNearLimit");
    }

    @Test
    void everyDashboardPanelQueriesAMetric() {
        List<String> expressions = ObservabilityAssets.dashboardExpressions();

        assertThat(expressions).hasSizeGreaterThan(20);
        assertThat(expressions).allSatisfy(expression -> assertThat(PromQl.metricNames(expression))
                .as(expression)
                .isNotEmpty());
    }

    @Test
    void readsTheMetricNamesOfAnExpressionAndNothingElse() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (routeId, le) "
                        + "(rate(spring_cloud_gateway_requests_seconds_bucket{outcome=\"SERVER_ERROR\"}[5m])))"
                        + " / on() group_left max(up offset 5m) > 1e3 and time() - last_publish_seconds"))
                .containsExactly("last_publish_seconds", "spring_cloud_gateway_requests_seconds_bucket", "up");
    }
}
