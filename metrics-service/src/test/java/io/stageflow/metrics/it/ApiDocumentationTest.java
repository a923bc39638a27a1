package io.stageflow.metrics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The OpenAPI document lists every KPI with the parameters it really takes, and only those are taken. */
class ApiDocumentationTest extends MetricsServiceTest {
    private static final List<String> KPIS = List.of(
            "funnel",
            "win-rate",
            "loss-analysis",
            "conversion",
            "cycle-time",
            "deal-size",
            "pipeline",
            "pipeline-changes",
            "velocity",
            "forecast",
            "stalled",
            "reps",
            "unit-economics",
            "status");

    private DocumentContext document() throws Exception {
        return JsonPath.parse(mvc.perform(get("/v3/api-docs").with(ServiceTestSupport.caller("oslo", "analyst-1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> parameters(DocumentContext api, String kpi) {
        return api.read("$.paths['/api/metrics/" + kpi + "'].get.parameters[*].name");
    }

    @Test
    void everyKpiIsDocumentedWithItsOwnParametersAndTheBearerScheme() throws Exception {
        DocumentContext api = document();

        Map<String, Object> paths = api.read("$.paths");
        for (String kpi : KPIS) {
            assertThat(paths).as(kpi).containsKey("/api/metrics/" + kpi);
            assertThat((String) api.read("$.paths['/api/metrics/" + kpi + "'].get.summary"))
                    .as(kpi)
                    .isNotBlank();
        }
        assertThat(parameters(api, "funnel"))
                .containsExactlyInAnyOrder(
                        "from",
                        "to",
                        "pipeline",
                        "source",
                        "industry",
                        "region",
                        "team",
                        "rep",
                        "competitor",
                        "campaign",
                        "contactRole",
                        "groupBy",
                        "grain",
                        "stages",
                        "mode",
                        "match");
        assertThat(parameters(api, "pipeline"))
                .contains("asOf", "team", "groupBy")
                .doesNotContain("from", "grain");
        assertThat(parameters(api, "forecast")).doesNotContain("from", "groupBy", "grain");
        assertThat(parameters(api, "reps")).containsExactlyInAnyOrder("period", "by", "team");
        assertThat(api.read("$.paths['/api/metrics/status'].get", Map.class)).doesNotContainKey("parameters");
        assertThat((String) api.read("$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
    }

    @Test
    void aParameterAnEndpointDoesNotTakeIsAProblemNotAnAnswerForTheWholeTenant() throws Exception {
        for (String query : List.of(
                "/api/metrics/win-rate?sourse=web",
                "/api/metrics/pipeline?from=2026-01-01",
                "/api/metrics/forecast?grain=month",
                "/api/metrics/reps?source=web")) {
            mvc.perform(get(query).with(ServiceTestSupport.caller("oslo", "manager-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown parameter")));
        }
        // Each endpoint's own parameters are taken.
        for (String query : List.of(
                "/api/metrics/funnel?stages=NEW&mode=cohort&match=strict&team=t1",
                "/api/metrics/pipeline?asOf=2026-05-01&groupBy=team",
                "/api/metrics/stalled?limit=5",
                "/api/metrics/reps?period=2026-Q2&by=team",
                "/api/metrics/reps?period=2026-Q2&team=t1")) {
            mvc.perform(get(query).with(ServiceTestSupport.caller("oslo", "manager-1")))
                    .andExpect(status().isOk());
        }
        // The document describes the API, not its data: the gateway's Swagger UI reads it without a token.
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/api/metrics/status")).andExpect(status().isUnauthorized());
    }
}
