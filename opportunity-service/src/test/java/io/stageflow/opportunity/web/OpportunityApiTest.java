package io.stageflow.opportunity.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

// The lead-events consumer stays off here: it would join the shared group and take partitions from
// the test that is about it.
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
class OpportunityApiTest {
    private static final String ACME = "acme";
    private static final String OPEN =
            """
            {"amount":5000,"currency":"EUR","ownerId":"rep-7","teamId":"team-3","source":"web",
             "industry":" retail ","region":"EMEA","occurredAt":"2026-03-01T09:00:00Z"}
            """;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    MockMvc mvc;

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

    private ResultActions read(String opportunityId) throws Exception {
        return mvc.perform(get("/api/opportunities/" + opportunityId).with(caller(ACME, "user-1")));
    }

    private String open() throws Exception {
        String body = postAs(ACME, "/api/opportunities", OPEN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/opportunities/[0-9a-f-]{36}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.opportunityId");
    }

    private String path(String opportunityId, String action) {
        return "/api/opportunities/" + opportunityId + "/" + action;
    }

    @Test
    void openedOpportunityIsReadableWithItsHistory() throws Exception {
        String id = open();
        mvc.perform(get("/api/opportunities/" + id).with(caller(ACME, "user-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opportunityId").value(id))
                .andExpect(jsonPath("$.leadId").isEmpty())
                .andExpect(jsonPath("$.stage").value("NEEDS_ANALYSIS"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.amount.amount").value(5000))
                .andExpect(jsonPath("$.amount.currency").value("EUR"))
                .andExpect(jsonPath("$.dimensions.industry").value("retail"))
                .andExpect(jsonPath("$.history[0].stage").value("NEEDS_ANALYSIS"))
                .andExpect(jsonPath("$.history[0].enteredAt").value("2026-03-01T09:00:00Z"));
    }

    @Test
    void wonOpportunityShowsEveryStageItPassed() throws Exception {
        String id = open();
        postAs(ACME, path(id, "stage"), "{\"stage\":\"QUOTE\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        postAs(ACME, path(id, "win"), "{\"amount\":4200}").andExpect(status().isNoContent());

        mvc.perform(get("/api/opportunities/" + id).with(caller(ACME, "user-1")))
                .andExpect(jsonPath("$.status").value("WON"))
                .andExpect(jsonPath("$.stage").value("WON"))
                .andExpect(jsonPath("$.amount.amount").value(4200))
                .andExpect(jsonPath("$.history[1].stage").value("QUOTE"))
                .andExpect(jsonPath("$.history[1].enteredAt").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.history[2].stage").value("WON"));
    }

    @Test
    void historyShowsWhenEachStepWasRecordedBesideItsBackdatedBusinessTime() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = open();
        postAs(ACME, path(id, "stage"), "{\"stage\":\"PROPOSAL\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}")
                .andExpect(status().isNoContent());
        Instant after = Instant.now();

        String body =
                read(id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(body, "$.history[*].enteredAt"))
                .containsExactly("2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z");
        Instant opened = Instant.parse(JsonPath.read(body, "$.history[0].recordedAt"));
        Instant moved = Instant.parse(JsonPath.read(body, "$.history[1].recordedAt"));
        assertThat(opened).isBetween(before, after);
        assertThat(moved).isBetween(opened, after);
    }

    @Test
    void winWithoutBodyKeepsTheAmount() throws Exception {
        String id = open();
        mvc.perform(post(path(id, "win")).with(caller(ACME, "user-1"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/opportunities/" + id).with(caller(ACME, "user-1")))
                .andExpect(jsonPath("$.amount.amount").value(5000));
    }

    @Test
    void lostOpportunityAcceptsNoFurtherChange() throws Exception {
        String id = open();
        postAs(ACME, path(id, "lose"), "{\"reason\":\"price\",\"competitor\":\"Initech\"}")
                .andExpect(status().isNoContent());
        postAs(ACME, path(id, "stage"), "{\"stage\":\"PROPOSAL\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        postAs(ACME, path(id, "win"), "{}").andExpect(status().isConflict());
        mvc.perform(get("/api/opportunities/" + id).with(caller(ACME, "user-1")))
                .andExpect(jsonPath("$.status").value("LOST"));
    }

    @Test
    void aBackwardMoveIsRecordedAndTheOpportunityStaysQualified() throws Exception {
        String id = open();
        postAs(ACME, path(id, "stage"), "{\"stage\":\"NEGOTIATION\"}").andExpect(status().isNoContent());
        postAs(ACME, path(id, "stage"), "{\"stage\":\"PROPOSAL\"}").andExpect(status().isNoContent());
        read(id).andExpect(jsonPath("$.stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.qualifiedAt").isNotEmpty())
                .andExpect(jsonPath("$.history[*].stage").value(contains("NEEDS_ANALYSIS", "NEGOTIATION", "PROPOSAL")));
    }

    @Test
    void backdatingBeforeThePreviousChangeIsAConflict() throws Exception {
        String id = open();
        postAs(ACME, path(id, "stage"), "{\"stage\":\"PROPOSAL\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void unknownStageOrOutcomeAsStageIsBadRequest() throws Exception {
        String id = open();
        postAs(ACME, path(id, "stage"), "{\"stage\":\"DISCOVERY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("DISCOVERY")));
        postAs(ACME, path(id, "stage"), "{\"stage\":\"WON\"}").andExpect(status().isBadRequest());
    }

    @Test
    void invalidBodiesAreBadRequest() throws Exception {
        postAs(ACME, "/api/opportunities", "{\"amount\":").andExpect(status().isBadRequest());
        postAs(ACME, "/api/opportunities", OPEN.replace("\"currency\":\"EUR\",", ""))
                .andExpect(status().isBadRequest());
        postAs(ACME, "/api/opportunities", OPEN.replace("5000", "-1")).andExpect(status().isBadRequest());
        postAs(ACME, "/api/opportunities", OPEN.replace("{", "{\"leadId\":\"not a valid id\","))
                .andExpect(status().isBadRequest());
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        postAs(ACME, "/api/opportunities", OPEN.replace("2026-03-01T09:00:00Z", future))
                .andExpect(status().isBadRequest());
        String id = open();
        postAs(ACME, path(id, "lose"), "{\"competitor\":\"Initech\"}").andExpect(status().isBadRequest());
    }

    @Test
    void anotherTenantsOpportunityIsNotFound() throws Exception {
        String id = open();
        postAs("globex", path(id, "stage"), "{\"stage\":\"PROPOSAL\"}").andExpect(status().isNotFound());
        postAs("globex", path(id, "win"), "{}").andExpect(status().isNotFound());
        mvc.perform(get("/api/opportunities/" + id).with(caller("globex", "user-9")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/opportunities/no-such-opportunity").with(caller(ACME, "user-1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void requestsWithoutTokenAreUnauthorized() throws Exception {
        mvc.perform(post("/api/opportunities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OPEN))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/opportunities/some-id")).andExpect(status().isUnauthorized());
    }

    @Test
    void openedOpportunityIsReadWithItsVersionAsETag() throws Exception {
        String body = postAs(ACME, "/api/opportunities", OPEN)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.opportunityId");

        read(id).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void staleETagCannotOverwriteAnotherUsersChange() throws Exception {
        String id = open();
        String etag = read(id).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        // Entering PROPOSAL, the default pipeline's qualifying stage, records the move and the
        // qualification: two events, so the next version is 2.
        postIfMatch(path(id, "stage"), etag, "{\"stage\":\"PROPOSAL\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        postIfMatch(path(id, "lose"), etag, "{\"reason\":\"price\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(2));

        read(id).andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void winOnTheCurrentVersionAnswersWithTheNextETag() throws Exception {
        String id = open();
        postIfMatch(path(id, "win"), "0", "{\"amount\":4200}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        read(id).andExpect(jsonPath("$.status").value("WON"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "W/\"0\"", "\"-1\"", "\"0", "\"0\", \"1\"", "99999999999999999999"})
    void malformedIfMatchIsBadRequestAndChangesNothing(String ifMatch) throws Exception {
        String id = open();
        postIfMatch(path(id, "stage"), ifMatch, "{\"stage\":\"PROPOSAL\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        read(id).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void withoutIfMatchOrWithAStarWritesAreUnconditional() throws Exception {
        String id = open();
        postAs(ACME, path(id, "amount"), "{\"amount\":7}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        postIfMatch(path(id, "lose"), "*", "{\"reason\":\"price\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @Test
    void ifMatchOnOpenIsIgnored() throws Exception {
        postIfMatch("/api/opportunities", "\"7\"", OPEN)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
    }

    @Test
    void anotherTenantNamingAVersionStillFindsNoOpportunity() throws Exception {
        String id = open();
        mvc.perform(post(path(id, "win")).with(caller("globex", "user-9")).header(HttpHeaders.IF_MATCH, "\"5\""))
                .andExpect(status().isNotFound());
    }
}
