package io.stageflow.opportunity.pipeline.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

// Same context configuration as the other API tests, so that Spring reuses one context.
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
class PipelineApiTest {
    static final String CHINESE =
            """
            {"name":"企业销售","qualifyingStage":"方案报价","rottenAfterDays":21,
             "stages":[{"name":"需求分析","probability":10},
                       {"name":"方案报价","probability":40,"entryCriteria":["budget","决策人"]},
                       {"name":"合同谈判","probability":80,"entryCriteria":["expectedCloseDate"]}]}
            """;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    MockMvc mvc;

    private String tenant() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions post(String tenant, String path, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body));
    }

    private String define(String tenant, String body) throws Exception {
        String response = post(tenant, "/api/pipelines", body)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.pipelineId");
    }

    @Test
    void everyTenantStartsWithTheDefaultPipeline() throws Exception {
        String tenant = tenant();
        mvc.perform(get("/api/pipelines").with(caller(tenant, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pipelines[0].pipelineId").value("default." + tenant))
                .andExpect(jsonPath("$.pipelines[0].isDefault").value(true))
                .andExpect(jsonPath("$.pipelines[0].version").value(1))
                .andExpect(jsonPath("$.pipelines[0].stages[*].name")
                        .value(contains("NEEDS_ANALYSIS", "PROPOSAL", "QUOTE", "NEGOTIATION")))
                .andExpect(jsonPath("$.pipelines[0].qualifyingStage").value("PROPOSAL"));
    }

    @Test
    void aPipelineWithChineseStageNamesRoundTrips() throws Exception {
        String tenant = tenant();
        String id = define(tenant, CHINESE);

        mvc.perform(get("/api/pipelines/" + id).with(caller(tenant, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name").value("企业销售"))
                .andExpect(jsonPath("$.stages[*].name").value(contains("需求分析", "方案报价", "合同谈判")))
                .andExpect(jsonPath("$.stages[1].entryCriteria").value(contains("budget", "决策人")))
                .andExpect(jsonPath("$.stages[1].probability").value(40))
                .andExpect(jsonPath("$.qualifyingStage").value("方案报价"))
                .andExpect(jsonPath("$.rottenAfterDays").value(21));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(
                        get("/api/pipelines").with(caller(tenant, "admin")))
                .andExpect(jsonPath("$.pipelines[*].pipelineId").value(hasItem(id))));
    }

    @Test
    void aRevisionIsTheNextVersionAndTheOldOneStaysReadable() throws Exception {
        String tenant = tenant();
        String id = define(tenant, CHINESE);
        String revised = CHINESE.replace("\"rottenAfterDays\":21", "\"rottenAfterDays\":14");

        mvc.perform(jsonPost(tenant, "/api/pipelines/" + id + "/versions", revised)
                        .header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/pipelines/" + id + "/versions/2"));
        mvc.perform(jsonPost(tenant, "/api/pipelines/" + id + "/versions", CHINESE)
                        .header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(2));

        mvc.perform(get("/api/pipelines/" + id).with(caller(tenant, "admin")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rottenAfterDays").value(14));
        mvc.perform(get("/api/pipelines/" + id + "/versions/1").with(caller(tenant, "admin")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.latestVersion").value(2))
                .andExpect(jsonPath("$.rottenAfterDays").value(21));
        mvc.perform(get("/api/pipelines/" + id + "/versions/3").with(caller(tenant, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRevisionThatChangesNothingIsAConflict() throws Exception {
        String tenant = tenant();
        String id = define(tenant, CHINESE);
        post(tenant, "/api/pipelines/" + id + "/versions", CHINESE).andExpect(status().isConflict());
    }

    @Test
    void theDefaultPipelineCanBeRevisedByItsTenant() throws Exception {
        String tenant = tenant();
        post(tenant, "/api/pipelines/default." + tenant + "/versions", CHINESE)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get("/api/pipelines/default." + tenant).with(caller(tenant, "admin")))
                .andExpect(jsonPath("$.name").value("企业销售"))
                .andExpect(jsonPath("$.isDefault").value(true));
    }

    @Test
    void anotherTenantsPipelineIsNotFound() throws Exception {
        String id = define(tenant(), CHINESE);
        String other = tenant();
        mvc.perform(get("/api/pipelines/" + id).with(caller(other, "admin"))).andExpect(status().isNotFound());
        post(other, "/api/pipelines/" + id + "/versions", CHINESE).andExpect(status().isNotFound());
        mvc.perform(get("/api/pipelines").with(caller(other, "admin")))
                .andExpect(jsonPath("$.pipelines[*].pipelineId").value(not(hasItem(id))));
    }

    @Test
    void everyMistakeInADefinitionIsA400NamingTheField() throws Exception {
        String tenant = tenant();
        expectInvalid(tenant, CHINESE.replace("\"probability\":40", "\"probability\":140"), "stages[1].probability");
        expectInvalid(
                tenant,
                CHINESE.replace("\"qualifyingStage\":\"方案报价\"", "\"qualifyingStage\":\"签约\""),
                "qualifyingStage");
        expectInvalid(tenant, CHINESE.replace("\"合同谈判\"", "\"需求分析\""), "stages[2].name");
        expectInvalid(tenant, CHINESE.replace("\"合同谈判\"", "\"won\""), "stages[2].name");
        expectInvalid(tenant, CHINESE.replace("\"rottenAfterDays\":21", "\"rottenAfterDays\":0"), "rottenAfterDays");
        expectInvalid(tenant, CHINESE.replace("\"name\":\"企业销售\",", ""), "name");
        expectInvalid(tenant, "{\"name\":\"x\",\"qualifyingStage\":\"a\",\"stages\":[]}", "stages");
        post(tenant, "/api/pipelines", "{\"name\":\"x\",\"colour\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        post(tenant, "/api/pipelines", "{\"name\":").andExpect(status().isBadRequest());
        mvc.perform(get("/api/pipelines").with(caller(tenant, "admin")))
                .andExpect(jsonPath("$.pipelines.length()").value(1));
    }

    private void expectInvalid(String tenant, String body, String field) throws Exception {
        post(tenant, "/api/pipelines", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
