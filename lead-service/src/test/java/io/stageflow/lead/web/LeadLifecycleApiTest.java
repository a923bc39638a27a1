package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.lead.LeadServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Campaign and contact role at creation, reassignment, reopening and the history, over HTTP. */
class LeadLifecycleApiTest extends LeadServiceTest {
    private static final String ACME = "acme";
    private static final String NEW_LEAD =
            """
            {"source":"web","industry":"retail","region":"EMEA","ownerId":"rep-7","teamId":"team-3",
             "campaign":" spring-fair ","contactRole":"ECONOMIC_BUYER","occurredAt":"2026-03-01T09:00:00Z"}
            """;
    private static final String TO_REP_9 = "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}";

    private ResultActions postAs(String tenant, String path, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body));
    }

    private ResultActions send(String path, String body) throws Exception {
        return postAs(ACME, path, body);
    }

    private ResultActions postIfMatch(String path, String ifMatch, String body) throws Exception {
        return mvc.perform(post(path)
                .with(caller(ACME, "user-1"))
                .header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions read(String leadId) throws Exception {
        return mvc.perform(get("/api/leads/" + leadId).with(caller(ACME, "user-1")));
    }

    private String createLead() throws Exception {
        String body = send("/api/leads", NEW_LEAD)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.leadId");
    }

    @Test
    void createdLeadShowsItsCampaignAndContactRole() throws Exception {
        String leadId = createLead();

        read(leadId)
                .andExpect(jsonPath("$.campaign").value("spring-fair"))
                .andExpect(jsonPath("$.contactRole").value("ECONOMIC_BUYER"));
    }

    @Test
    void unknownContactRoleIsBadRequestNamingTheField() throws Exception {
        send("/api/leads", NEW_LEAD.replace("ECONOMIC_BUYER", "BOSS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("contactRole")))
                .andExpect(jsonPath("$.errors[0].field").value("contactRole"));
    }

    @Test
    void overlongCampaignIsBadRequest() throws Exception {
        send("/api/leads", NEW_LEAD.replace("spring-fair", "c".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("campaign")));
    }

    @Test
    void reassignedLeadShowsItsNewOwnerAndTeam() throws Exception {
        String leadId = createLead();

        postIfMatch("/api/leads/" + leadId + "/reassign", "\"0\"", TO_REP_9)
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        read(leadId)
                .andExpect(jsonPath("$.dimensions.ownerId").value("rep-9"))
                .andExpect(jsonPath("$.dimensions.teamId").value("team-4"))
                .andExpect(jsonPath("$.dimensions.region").value("EMEA"))
                .andExpect(jsonPath("$.history[1].event").value("REASSIGNED"));
    }

    @Test
    void reassigningToTheCurrentOwnerAndTeamIsAConflict() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/reassign", "{\"ownerId\":\"rep-7\",\"teamId\":\" team-3 \"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void reassignmentWithoutOwnerIsBadRequest() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/reassign", "{\"ownerId\":\" \",\"teamId\":\"team-4\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ownerId")));
    }

    @Test
    void convertedOrDisqualifiedLeadCannotBeReassigned() throws Exception {
        String converted = createLead();
        send("/api/leads/" + converted + "/convert", "{\"amount\":100}").andExpect(status().isCreated());
        send("/api/leads/" + converted + "/reassign", TO_REP_9).andExpect(status().isConflict());

        String disqualified = createLead();
        send("/api/leads/" + disqualified + "/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNoContent());
        send("/api/leads/" + disqualified + "/reassign", TO_REP_9).andExpect(status().isConflict());
    }

    @Test
    void staleIfMatchCannotReassignOrReopen() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNoContent());

        postIfMatch("/api/leads/" + leadId + "/reassign", "\"0\"", TO_REP_9)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        postIfMatch("/api/leads/" + leadId + "/reopen", "\"0\"", "{}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        read(leadId).andExpect(jsonPath("$.status").value("DISQUALIFIED"));
    }

    @Test
    void anotherTenantCannotReassignOrReopen() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNoContent());

        postAs("globex", "/api/leads/" + leadId + "/reassign", TO_REP_9).andExpect(status().isNotFound());
        postAs("globex", "/api/leads/" + leadId + "/reopen", "{}").andExpect(status().isNotFound());
        read(leadId).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void reopenedLeadReturnsToItsStageAndCanBeConverted() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}").andExpect(status().isNoContent());
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"no budget\"}")
                .andExpect(status().isNoContent());

        postIfMatch("/api/leads/" + leadId + "/reopen", "\"2\"", "{}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        read(leadId)
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.disqualificationReason").doesNotExist());

        send("/api/leads/" + leadId + "/convert", "{\"amount\":100}").andExpect(status().isCreated());
        read(leadId).andExpect(jsonPath("$.status").value("CONVERTED"));
    }

    @Test
    void reopenNeedsNoBody() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNoContent());

        mvc.perform(post("/api/leads/" + leadId + "/reopen").with(caller(ACME, "user-1")))
                .andExpect(status().isNoContent());
        read(leadId).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void onlyADisqualifiedLeadCanBeReopened() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/reopen", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("DISQUALIFIED")));
    }

    @Test
    void unknownLeadCannotBeReassignedOrReopened() throws Exception {
        send("/api/leads/no-such-lead/reassign", TO_REP_9).andExpect(status().isNotFound());
        send("/api/leads/no-such-lead/reopen", "{}").andExpect(status().isNotFound());
    }

    @Test
    void historyListsEveryEventWithBusinessAndRecordedTime() throws Exception {
        String leadId = createLead();
        send("/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        send("/api/leads/" + leadId + "/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNoContent());
        send("/api/leads/" + leadId + "/reopen", "{}").andExpect(status().isNoContent());
        send("/api/leads/" + leadId + "/reassign", TO_REP_9).andExpect(status().isNoContent());
        send("/api/leads/" + leadId + "/convert", "{\"amount\":100}").andExpect(status().isCreated());

        read(leadId)
                .andExpect(jsonPath("$.history", hasSize(6)))
                .andExpect(jsonPath("$.history[*].event")
                        .value(contains(
                                "CREATED", "STAGE_CHANGED", "DISQUALIFIED", "REOPENED", "REASSIGNED", "CONVERTED")))
                .andExpect(jsonPath("$.history[*].stage")
                        .value(contains("NEW", "CONTACTED", "CONTACTED", "CONTACTED", "CONTACTED", "CONTACTED")))
                .andExpect(jsonPath("$.history[0].occurredAt").value("2026-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.history[1].occurredAt").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.history[1].recordedAt", notNullValue()))
                .andExpect(jsonPath("$.history[1].recordedAt", not("2026-03-02T09:00:00Z")));
    }
}
