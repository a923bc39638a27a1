package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.lead.LeadServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class LeadApiTest extends LeadServiceTest {
    private static final String ACME = "acme";
    private static final String NEW_LEAD =
            """
            {"source":" web ","industry":"retail","region":"EMEA","ownerId":"rep-7","teamId":"team-3",
             "occurredAt":"2026-03-01T09:00:00Z"}
            """;

    private ResultActions postAs(String tenant, String path, String body) throws Exception {
        return mvc.perform(jsonPost(tenant, path, body));
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
        String body = postAs(ACME, "/api/leads", NEW_LEAD)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.leadId");
    }

    @Test
    void createdLeadIsReadableWithTrimmedDimensions() throws Exception {
        String body = postAs(ACME, "/api/leads", NEW_LEAD)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/leads/[0-9a-f-]{36}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String leadId = JsonPath.read(body, "$.leadId");

        mvc.perform(get("/api/leads/" + leadId).with(caller(ACME, "user-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(leadId))
                .andExpect(jsonPath("$.stage").value("NEW"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dimensions.source").value("web"))
                .andExpect(jsonPath("$.createdAt").value("2026-03-01T09:00:00Z"));
    }

    @Test
    void leadCanBeContactedAndConverted() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isNoContent());
        String body = postAs(ACME, "/api/leads/" + leadId + "/convert", "{\"amount\":12500.50}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String opportunityId = JsonPath.read(body, "$.opportunityId");

        mvc.perform(get("/api/leads/" + leadId).with(caller(ACME, "user-1")))
                .andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.status").value("CONVERTED"))
                .andExpect(jsonPath("$.opportunityId").value(opportunityId));
    }

    @Test
    void disqualifiedLeadCannotBeContacted() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/disqualify", "{\"reason\":\"no budget\"}")
                .andExpect(status().isNoContent());
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void movingToTheCurrentStageIsAConflict() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"NEW\"}").andExpect(status().isConflict());
    }

    @Test
    void backdatingBeforeThePreviousChangeIsAConflict() throws Exception {
        String leadId = createLead();
        postAs(
                        ACME,
                        "/api/leads/" + leadId + "/stage",
                        "{\"stage\":\"CONTACTED\",\"occurredAt\":\"2026-02-01T00:00:00Z\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void unknownStageIsBadRequest() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"QUALIFIED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("QUALIFIED")));
    }

    @Test
    void malformedJsonIsBadRequest() throws Exception {
        postAs(ACME, "/api/leads", "{\"source\":").andExpect(status().isBadRequest());
    }

    @Test
    void missingOrBlankOrOverlongFieldsAreBadRequest() throws Exception {
        postAs(ACME, "/api/leads", "{\"source\":\"web\",\"industry\":\"retail\",\"region\":\"EMEA\",\"ownerId\":\"r\"}")
                .andExpect(status().isBadRequest());
        postAs(ACME, "/api/leads", NEW_LEAD.replace("\"retail\"", "\"   \"")).andExpect(status().isBadRequest());
        postAs(ACME, "/api/leads", NEW_LEAD.replace("retail", "r".repeat(201))).andExpect(status().isBadRequest());
    }

    @Test
    void occurredAtFarInTheFutureIsBadRequest() throws Exception {
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        postAs(ACME, "/api/leads", NEW_LEAD.replace("2026-03-01T09:00:00Z", future))
                .andExpect(status().isBadRequest());
    }

    @Test
    void convertRejectsNegativeAmountAndBadCurrency() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/convert", "{\"amount\":-1}").andExpect(status().isBadRequest());
        postAs(ACME, "/api/leads/" + leadId + "/convert", "{\"amount\":1,\"currency\":\"eur\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void disqualifyWithoutReasonIsBadRequest() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/disqualify", "{}").andExpect(status().isBadRequest());
    }

    @Test
    void anotherTenantsLeadIsNotFound() throws Exception {
        String leadId = createLead();
        postAs("globex", "/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/leads/" + leadId).with(caller("globex", "user-9")))
                .andExpect(status().isNotFound());
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isNoContent());
    }

    @Test
    void unknownLeadIsNotFound() throws Exception {
        postAs(ACME, "/api/leads/no-such-lead/disqualify", "{\"reason\":\"duplicate\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/leads/no-such-lead").with(caller(ACME, "user-1"))).andExpect(status().isNotFound());
    }

    @Test
    void requestsWithoutTokenAreUnauthorized() throws Exception {
        mvc.perform(post("/api/leads").contentType(MediaType.APPLICATION_JSON).content(NEW_LEAD))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void createdLeadIsReadWithItsVersionAsETag() throws Exception {
        String body = postAs(ACME, "/api/leads", NEW_LEAD)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String leadId = JsonPath.read(body, "$.leadId");

        read(leadId)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/leads/" + leadId).with(caller(ACME, "user-1")).header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void staleETagCannotOverwriteAnotherUsersChange() throws Exception {
        String leadId = createLead();
        String etag = read(leadId).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        postIfMatch("/api/leads/" + leadId + "/stage", etag, "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        postIfMatch("/api/leads/" + leadId + "/disqualify", etag, "{\"reason\":\"no budget\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(1));

        read(leadId)
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void convertOnTheCurrentVersionAnswersWithTheLeadsNextETag() throws Exception {
        String leadId = createLead();
        postIfMatch("/api/leads/" + leadId + "/convert", "0", "{\"amount\":100}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        postIfMatch("/api/leads/" + leadId + "/convert", "0", "{\"amount\":100}")
                .andExpect(status().isPreconditionFailed());
        read(leadId).andExpect(jsonPath("$.status").value("CONVERTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "W/\"0\"", "\"-1\"", "\"0", "\"0\", \"1\"", "99999999999999999999"})
    void malformedIfMatchIsBadRequestAndChangesNothing(String ifMatch) throws Exception {
        String leadId = createLead();
        postIfMatch("/api/leads/" + leadId + "/stage", ifMatch, "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        read(leadId).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void withoutIfMatchOrWithAStarWritesAreUnconditional() throws Exception {
        String leadId = createLead();
        postAs(ACME, "/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        postIfMatch("/api/leads/" + leadId + "/disqualify", "*", "{\"reason\":\"no budget\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @Test
    void ifMatchOnCreateIsIgnored() throws Exception {
        postIfMatch("/api/leads", "\"7\"", NEW_LEAD)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
    }

    @Test
    void anotherTenantNamingAVersionStillFindsNoLead() throws Exception {
        String leadId = createLead();
        mvc.perform(post("/api/leads/" + leadId + "/stage")
                        .with(caller("globex", "user-9"))
                        .header(HttpHeaders.IF_MATCH, "\"5\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"CONTACTED\"}"))
                .andExpect(status().isNotFound());
    }
}
