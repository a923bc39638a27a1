package io.stageflow.opportunity.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A deal run through a tenant's own pipeline: criteria, qualification, a correction, a loss and a re-open. */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
class SalesProcessApiTest {
    private static final String PIPELINE =
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

    private String tenant;
    private String pipelineId;

    @BeforeEach
    void pipeline() throws Exception {
        tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        pipelineId = JsonPath.read(
                post("/api/pipelines", PIPELINE).andReturn().getResponse().getContentAsString(), "$.pipelineId");
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body));
    }

    private ResultActions read(String id) throws Exception {
        return mvc.perform(get("/api/opportunities/" + id).with(caller(tenant, "rep")));
    }

    private String open(String extra) throws Exception {
        String body = post(
                        "/api/opportunities",
                        "{\"amount\":5000,\"currency\":\"CNY\",\"ownerId\":\"rep-1\",\"teamId\":\"east\","
                                + "\"source\":\"web\",\"industry\":\"retail\",\"region\":\"APAC\","
                                + "\"occurredAt\":\"2026-03-01T09:00:00Z\"" + extra + "}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.opportunityId");
    }

    @Test
    void aDealRunsThroughTheTenantsOwnPipeline() throws Exception {
        String id = open(",\"pipelineId\":\"" + pipelineId + "\"");
        read(id).andExpect(jsonPath("$.stage").value("需求分析"))
                .andExpect(jsonPath("$.pipelineId").value(pipelineId))
                .andExpect(jsonPath("$.pipelineVersion").value(1))
                .andExpect(jsonPath("$.qualifiedAt").doesNotExist());

        post("/api/opportunities/" + id + "/stage", "{\"stage\":\"方案报价\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.missingFields").value(contains("budget", "决策人")))
                .andExpect(jsonPath("$.detail").value(containsString("方案报价")));
        read(id).andExpect(jsonPath("$.version").value(0));

        post(
                        "/api/opportunities/" + id + "/fields",
                        "{\"fields\":{\"budget\":\"500000\",\"决策人\":\"王总\"},"
                                + "\"occurredAt\":\"2026-03-03T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        post("/api/opportunities/" + id + "/stage", "{\"stage\":\"方案报价\",\"occurredAt\":\"2026-03-05T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        read(id).andExpect(jsonPath("$.qualifiedAt").value("2026-03-05T09:00:00Z"))
                .andExpect(jsonPath("$.fields.决策人").value("王总"));

        post("/api/opportunities/" + id + "/stage", "{\"stage\":\"合同谈判\",\"occurredAt\":\"2026-03-06T09:00:00Z\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.missingFields").value(contains("expectedCloseDate")));

        // The rep learns the move to 方案报价 really happened on 03-04: a correction keeps both times.
        post(
                        "/api/opportunities/" + id + "/stage-corrections",
                        "{\"stage\":\"方案报价\",\"occurredAt\":\"2026-03-04T09:00:00Z\",\"reason\":\"logged late\"}")
                .andExpect(status().isConflict());
        post("/api/opportunities/" + id + "/stage", "{\"stage\":\"需求分析\",\"occurredAt\":\"2026-03-07T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        post(
                        "/api/opportunities/" + id + "/stage-corrections",
                        "{\"stage\":\"方案报价\",\"occurredAt\":\"2026-03-04T09:00:00Z\",\"reason\":\"logged late\"}")
                .andExpect(status().isNoContent());
        read(id).andExpect(jsonPath("$.stage").value("方案报价"))
                .andExpect(jsonPath("$.history[-1].event").value("STAGE_CORRECTED"))
                .andExpect(jsonPath("$.history[-1].enteredAt").value("2026-03-04T09:00:00Z"))
                .andExpect(jsonPath("$.history[-1].recordedAt").isNotEmpty())
                .andExpect(jsonPath("$.history[-1].reason").value("logged late"));

        post(
                        "/api/opportunities/" + id + "/lose",
                        "{\"reason\":\"moon phase\",\"occurredAt\":\"2026-03-08T09:00:00Z\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(
                        "/api/opportunities/" + id + "/lose",
                        "{\"reason\":\"price\",\"competitor\":\"Initech\",\"occurredAt\":\"2026-03-08T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        read(id).andExpect(jsonPath("$.status").value("LOST"))
                .andExpect(jsonPath("$.competitor").value("Initech"));

        post("/api/opportunities/" + id + "/reopen", "{\"occurredAt\":\"2026-03-09T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        read(id).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.stage").value("方案报价"))
                .andExpect(jsonPath("$.lossReason").doesNotExist());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/opportunities")
                        .param("pipeline", pipelineId)
                        .param("stage", "方案报价")
                        .with(caller(tenant, "rep")))
                .andExpect(jsonPath("$.items[*].opportunityId").value(hasItem(id)))
                .andExpect(jsonPath("$.items[0].status").value("OPEN")));
    }

    @Test
    void openingOnAPipelineOrAccountTheTenantDoesNotHaveIsA400NamingIt() throws Exception {
        post(
                        "/api/opportunities",
                        "{\"amount\":1,\"currency\":\"EUR\",\"ownerId\":\"r\",\"teamId\":\"t\",\"source\":\"s\","
                                + "\"industry\":\"i\",\"region\":\"r\",\"pipelineId\":\"nope\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pipelineId"));
        post(
                        "/api/opportunities",
                        "{\"amount\":1,\"currency\":\"EUR\",\"ownerId\":\"r\",\"teamId\":\"t\",\"source\":\"s\","
                                + "\"industry\":\"i\",\"region\":\"r\",\"accountId\":\"nope\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
    }

    @Test
    void fieldMistakesAreNamedAndOnlyALossCanBeReopened() throws Exception {
        String id = open("");
        post("/api/opportunities/" + id + "/fields", "{\"fields\":{\"amount\":\"1\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields.amount"));
        post("/api/opportunities/" + id + "/fields", "{\"fields\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields"));
        post("/api/opportunities/" + id + "/reopen", "{}").andExpect(status().isConflict());
        post("/api/opportunities/" + id + "/stage-corrections", "{\"stage\":\"QUOTE\",\"reason\":\"late\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        read(id).andExpect(jsonPath("$.version").value(0));
    }
}
