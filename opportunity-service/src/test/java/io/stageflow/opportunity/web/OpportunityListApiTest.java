package io.stageflow.opportunity.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list against the whole service. One pipeline per tenant is built once; every test reads it.
 * In {@code acme}, by last change: a5 (won late), a1 (moved late), a4 (lost), a3 (won), a2 (moved).
 */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityListApiTest {
    private static final String ACME = "acme";
    private static final String GLOBEX = "globex";
    private static final String OPENED_AT = "2026-01-05T08:30:00Z";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    MockMvc mvc;

    private final Map<String, Integer> expectedVersions = new HashMap<>();
    private String a1, a2, a3, a4, a5, g1, g2;
    private Instant cut;

    @BeforeAll
    void buildPipelines() throws Exception {
        a1 = open(ACME, "rep-1", "team-1");
        a2 = open(ACME, "rep-1", "team-1");
        a3 = open(ACME, "rep-2", "team-1");
        a4 = open(ACME, "rep-2", "team-2");
        a5 = open(ACME, "rep-3", "team-2");
        g1 = open(GLOBEX, "rep-1", "team-1");
        g2 = open(GLOBEX, "rep-1", "team-1");
        change(ACME, a2, "stage", "{\"stage\":\"PROPOSAL\"}");
        change(ACME, a3, "stage", "{\"stage\":\"QUOTE\"}");
        change(ACME, a3, "win", "{\"amount\":4200}");
        change(ACME, a4, "lose", "{\"reason\":\"price\"}");
        change(GLOBEX, g2, "lose", "{\"reason\":\"timing\"}");
        cut = Instant.now();
        Thread.sleep(5);
        change(ACME, a1, "stage", "{\"stage\":\"PROPOSAL\"}");
        change(ACME, a5, "win", "{}");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Map<String, Integer> listed = new HashMap<>();
                    for (String tenant : List.of(ACME, GLOBEX)) {
                        String body = list(tenant, "size=200");
                        List<String> ids = JsonPath.read(body, "$.items[*].opportunityId");
                        List<Integer> versions = JsonPath.read(body, "$.items[*].version");
                        for (int i = 0; i < ids.size(); i++) {
                            listed.put(ids.get(i), versions.get(i));
                        }
                    }
                    assertThat(listed).isEqualTo(expectedVersions);
                });
    }

    private String open(String tenant, String owner, String team) throws Exception {
        String body = mvc.perform(post("/api/opportunities")
                        .with(caller(tenant, "user-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":5000,\"currency\":\"EUR\",\"ownerId\":\"" + owner + "\",\"teamId\":\""
                                + team + "\",\"source\":\"web\",\"industry\":\"retail\",\"region\":\"EMEA\","
                                + "\"occurredAt\":\"" + OPENED_AT + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.opportunityId");
        expectedVersions.put(id, 0);
        // Recorded times a few milliseconds apart make the expected order unambiguous.
        Thread.sleep(3);
        return id;
    }

    private void change(String tenant, String id, String action, String body) throws Exception {
        String etag = mvc.perform(post("/api/opportunities/" + id + "/" + action)
                        .with(caller(tenant, "user-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        expectedVersions.put(id, Integer.valueOf(etag.replace("\"", "")));
        Thread.sleep(3);
    }

    private String list(String tenant, String query) throws Exception {
        return mvc.perform(get("/api/opportunities?" + query).with(caller(tenant, "user-1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> ids(String tenant, String query) throws Exception {
        return JsonPath.read(list(tenant, query), "$.items[*].opportunityId");
    }

    @Test
    void listsTheTenantsOpportunitiesMostRecentlyChangedFirst() throws Exception {
        mvc.perform(get("/api/opportunities").with(caller(ACME, "user-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(5));
        assertThat(ids(ACME, "")).containsExactly(a5, a1, a4, a3, a2);
    }

    @Test
    void itemCarriesTheOpportunityAsOfItsLastChange() throws Exception {
        String body = list(ACME, "status=WON&owner=rep-2");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].opportunityId"))
                .containsExactly(a3);
        Map<String, Object> item = JsonPath.read(body, "$.items[0]");
        assertThat(item)
                .containsEntry("leadId", null)
                .containsEntry("stage", "WON")
                .containsEntry("status", "WON")
                .containsEntry("amount", Map.of("amount", 4200, "currency", "EUR"))
                .containsEntry("ownerId", "rep-2")
                .containsEntry("teamId", "team-1")
                .containsEntry("source", "web")
                .containsEntry("industry", "retail")
                .containsEntry("region", "EMEA")
                .containsEntry("openedAt", OPENED_AT)
                .containsEntry("pipelineId", "default." + ACME)
                // Opened, moved to QUOTE (past the qualifying PROPOSAL: qualified too), won.
                .containsEntry("version", 3);
        Instant updatedAt = Instant.parse((String) item.get("updatedAt"));
        assertThat(updatedAt).isBetween(cut.minusSeconds(60), cut);
    }

    @Test
    void pagesSplitTheOrderWithoutOverlap() throws Exception {
        assertThat(ids(ACME, "size=2&page=0")).containsExactly(a5, a1);
        assertThat(ids(ACME, "size=2&page=1")).containsExactly(a4, a3);
        assertThat(ids(ACME, "size=2&page=2")).containsExactly(a2);
        String beyond = list(ACME, "size=2&page=3");
        assertThat(JsonPath.<List<String>>read(beyond, "$.items")).isEmpty();
        assertThat(JsonPath.<Integer>read(beyond, "$.total")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(beyond, "$.page")).isEqualTo(3);
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(ids(ACME, "owner=rep-1")).containsExactly(a1, a2);
        assertThat(ids(ACME, "team=team-2")).containsExactly(a5, a4);
        assertThat(ids(ACME, "stage=PROPOSAL")).containsExactly(a1, a2);
        assertThat(ids(ACME, "stage=NEEDS_ANALYSIS")).isEmpty();
        assertThat(ids(ACME, "status=OPEN")).containsExactly(a1, a2);
        assertThat(ids(ACME, "status=WON")).containsExactly(a5, a3);
        assertThat(ids(ACME, "status=LOST")).containsExactly(a4);
        assertThat(ids(ACME, "team=team-1&status=OPEN&owner=rep-1")).containsExactly(a1, a2);
        assertThat(JsonPath.<Integer>read(list(ACME, "status=WON&size=1"), "$.total"))
                .isEqualTo(2);
    }

    @Test
    void updatedSinceTakesAnInstantOrADate() throws Exception {
        assertThat(ids(ACME, "updatedSince=" + cut)).containsExactly(a5, a1);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(ids(ACME, "updatedSince=" + yesterday)).containsExactly(a5, a1, a4, a3, a2);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(ids(ACME, "updatedSince=" + tomorrow)).isEmpty();
    }

    @Test
    void anotherTenantsOpportunitiesNeverAppear() throws Exception {
        assertThat(ids(GLOBEX, "")).containsExactly(g2, g1);
        assertThat(ids(GLOBEX, "owner=rep-1&team=team-1")).containsExactly(g2, g1);
        assertThat(ids(ACME, "owner=rep-1")).doesNotContain(g1, g2);
        assertThat(ids(ACME, "status=LOST")).containsExactly(a4);
        assertThat(JsonPath.<Integer>read(list("initech", ""), "$.total")).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "size, 0",
        "size, 201",
        "size, ten",
        "page, -1",
        "page, 1.5",
        "status, PENDING",
        "status, won",
        "updatedSince, 01/03/2026",
        "updatedSince, 2026-03-01T09:00",
        "stage, ' '",
        "owner, ''",
        "team, ''"
    })
    void badParameterIsBadRequestNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/opportunities").param(parameter, value).with(caller(ACME, "user-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(parameter)));
    }

    @Test
    void stageLongerThanAHundredCharactersIsBadRequest() throws Exception {
        mvc.perform(get("/api/opportunities").param("stage", "X".repeat(101)).with(caller(ACME, "user-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("stage")));
        assertThat(ids(ACME, "stage=" + "X".repeat(100))).isEmpty();
    }

    @Test
    void listWithoutTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/opportunities")).andExpect(status().isUnauthorized());
    }
}
