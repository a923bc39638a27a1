package io.stageflow.opportunity.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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

/** The amount, close-date and reassign requests against the whole service. */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
class OpportunityFieldChangesApiTest {
    private static final String ACME = "acme";
    private static final String OPEN =
            """
            {"amount":5000,"currency":"EUR","ownerId":"rep-7","teamId":"team-3","source":"web",
             "industry":"retail","region":"EMEA","occurredAt":"2026-03-01T09:00:00Z"}
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

    private ResultActions read(String tenant, String opportunityId) throws Exception {
        return mvc.perform(get("/api/opportunities/" + opportunityId).with(caller(tenant, "user-1")));
    }

    private String open(String tenant, String body) throws Exception {
        String response = postAs(tenant, "/api/opportunities", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.opportunityId");
    }

    private String open() throws Exception {
        return open(ACME, OPEN);
    }

    private static String path(String opportunityId, String action) {
        return "/api/opportunities/" + opportunityId + "/" + action;
    }

    @Test
    void openingTakesAnOptionalExpectedCloseDate() throws Exception {
        String dated = open(ACME, OPEN.replace("{", "{\"expectedCloseDate\":\"2026-12-31\","));
        read(ACME, dated).andExpect(jsonPath("$.expectedCloseDate").value("2026-12-31"));
        read(ACME, open()).andExpect(jsonPath("$.expectedCloseDate").isEmpty());
        postAs(ACME, "/api/opportunities", OPEN.replace("{", "{\"expectedCloseDate\":\"31.12.2026\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("expectedCloseDate")));
    }

    @Test
    void amountChangeShowsWithItsCurrencyKeptOrChanged() throws Exception {
        String id = open();
        postAs(ACME, path(id, "amount"), "{\"amount\":7500}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        read(ACME, id)
                .andExpect(jsonPath("$.amount.amount").value(7500))
                .andExpect(jsonPath("$.amount.currency").value("EUR"));

        postAs(ACME, path(id, "amount"), "{\"amount\":8000,\"currency\":\"USD\"}")
                .andExpect(status().isNoContent());
        read(ACME, id)
                .andExpect(jsonPath("$.amount.amount").value(8000))
                .andExpect(jsonPath("$.amount.currency").value("USD"))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void amountErrorsNameTheFieldOrTheRule() throws Exception {
        String id = open();
        postAs(ACME, path(id, "amount"), "{\"amount\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("amount")));
        postAs(ACME, path(id, "amount"), "{\"amount\":1,\"currency\":\"euro\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("currency")));
        postAs(ACME, path(id, "amount"), "{\"currency\":\"EUR\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("amount")));
        postAs(ACME, path(id, "amount"), "{\"amount\":5000.00}").andExpect(status().isConflict());
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        postAs(ACME, path(id, "amount"), "{\"amount\":1,\"occurredAt\":\"" + future + "\"}")
                .andExpect(status().isBadRequest());
        postAs(ACME, path(id, "amount"), "{\"amount\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\"}")
                .andExpect(status().isConflict());
        read(ACME, id).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void closeDateIsSetThenMoved() throws Exception {
        String id = open();
        postAs(ACME, path(id, "close-date"), "{\"expectedCloseDate\":\"2026-06-30\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        postIfMatch(path(id, "close-date"), "\"1\"", "{\"expectedCloseDate\":\"2026-07-31\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        read(ACME, id).andExpect(jsonPath("$.expectedCloseDate").value("2026-07-31"));

        postAs(ACME, path(id, "close-date"), "{\"expectedCloseDate\":\"2026-07-31\"}")
                .andExpect(status().isConflict());
        postAs(ACME, path(id, "close-date"), "{\"expectedCloseDate\":\"2026-13-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("expectedCloseDate")));
        postAs(ACME, path(id, "close-date"), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("expectedCloseDate")));
    }

    @Test
    void reassignmentShowsInTheDimensionsNotTheHistory() throws Exception {
        String id = open();
        postAs(ACME, path(id, "reassign"), "{\"ownerId\":\" rep-9 \",\"teamId\":\"team-4\"}")
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        read(ACME, id)
                .andExpect(jsonPath("$.dimensions.ownerId").value("rep-9"))
                .andExpect(jsonPath("$.dimensions.teamId").value("team-4"))
                .andExpect(jsonPath("$.dimensions.region").value("EMEA"))
                .andExpect(jsonPath("$.history", hasSize(1)));

        postAs(ACME, path(id, "reassign"), "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}")
                .andExpect(status().isConflict());
        postAs(ACME, path(id, "reassign"), "{\"ownerId\":\"\",\"teamId\":\"team-4\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ownerId")));
        postAs(ACME, path(id, "reassign"), "{\"ownerId\":\"rep-1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("teamId")));
    }

    @Test
    void closedOpportunityAcceptsNoFieldChange() throws Exception {
        String id = open();
        postAs(ACME, path(id, "win"), "{}").andExpect(status().isNoContent());

        postAs(ACME, path(id, "amount"), "{\"amount\":1}").andExpect(status().isConflict());
        postAs(ACME, path(id, "close-date"), "{\"expectedCloseDate\":\"2026-06-30\"}")
                .andExpect(status().isConflict());
        postAs(ACME, path(id, "reassign"), "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}")
                .andExpect(status().isConflict());
        read(ACME, id).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anotherTenantsOpportunityIsNotFound() throws Exception {
        String id = open();
        postAs("globex", path(id, "amount"), "{\"amount\":1}").andExpect(status().isNotFound());
        postAs("globex", path(id, "close-date"), "{\"expectedCloseDate\":\"2026-06-30\"}")
                .andExpect(status().isNotFound());
        postAs("globex", path(id, "reassign"), "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void staleIfMatchStoresNothing() throws Exception {
        String id = open();
        postIfMatch(path(id, "amount"), "\"0\"", "{\"amount\":6000}").andExpect(status().isNoContent());

        postIfMatch(path(id, "reassign"), "\"0\"", "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        postIfMatch(path(id, "close-date"), "\"0\"", "{\"expectedCloseDate\":\"2026-06-30\"}")
                .andExpect(status().isPreconditionFailed());
        postIfMatch(path(id, "amount"), "\"0\"", "{\"amount\":7000}").andExpect(status().isPreconditionFailed());
        read(ACME, id)
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.amount.amount").value(6000))
                .andExpect(jsonPath("$.dimensions.ownerId").value("rep-7"));
    }

    @Test
    void amountOwnerAndCloseDateChangesShowInTheList() throws Exception {
        String tenant = "fc-" + UUID.randomUUID().toString().substring(0, 8);
        String id = open(tenant, OPEN);
        postAs(tenant, path(id, "amount"), "{\"amount\":6400,\"currency\":\"GBP\"}")
                .andExpect(status().isNoContent());
        postAs(tenant, path(id, "reassign"), "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\"}")
                .andExpect(status().isNoContent());
        postAs(tenant, path(id, "close-date"), "{\"expectedCloseDate\":\"2026-09-30\"}")
                .andExpect(status().isNoContent());

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> mvc.perform(get("/api/opportunities?owner=rep-9&team=team-4")
                                .with(caller(tenant, "user-1")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.total").value(1))
                        .andExpect(jsonPath("$.items[0].opportunityId").value(id))
                        .andExpect(jsonPath("$.items[0].version").value(3))
                        .andExpect(jsonPath("$.items[0].amount.amount").value(6400))
                        .andExpect(jsonPath("$.items[0].amount.currency").value("GBP"))
                        .andExpect(jsonPath("$.items[0].expectedCloseDate").value("2026-09-30")));
        mvc.perform(get("/api/opportunities?owner=rep-7").with(caller(tenant, "user-1")))
                .andExpect(jsonPath("$.total").value(0));
    }
}
