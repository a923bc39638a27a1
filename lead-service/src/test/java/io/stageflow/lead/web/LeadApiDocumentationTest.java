package io.stageflow.lead.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.lead.LeadServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lead API's OpenAPI document is readable without a token (the gateway's Swagger UI lists it),
 * requires the bearer scheme for every operation, and shows no caller or tenant parameter.
 */
class LeadApiDocumentationTest extends LeadServiceTest {

    @Test
    void theDocumentNamesTheBearerSchemeAndNoCallerParameter() throws Exception {
        String document = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Map<String, Object> scheme = JsonPath.read(document, "$.components.securitySchemes.bearer");
        assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(JsonPath.<List<Object>>read(document, "$.security[*].bearer"))
                .hasSize(1);
        assertThat(JsonPath.<Map<String, Object>>read(document, "$.paths"))
                .containsKeys("/api/leads", "/api/leads/{leadId}/convert", "/api/marketing-spend/{channel}/{period}");
        assertThat(JsonPath.<List<String>>read(document, "$.paths..parameters[*].name"))
                .doesNotContain("caller", "tenant", "ifMatch");
    }
}
