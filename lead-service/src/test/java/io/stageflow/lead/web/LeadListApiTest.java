package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ListClient;
import io.stageflow.lead.LeadServiceTest;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The lead list against the whole service. Two tenants' leads are built once; every test reads them.
 * In the first tenant, by last change: l5 (reassigned late), l1 (contacted late), l4 (converted),
 * l3 (disqualified), l2 (created).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadListApiTest extends LeadServiceTest {
    private static final String CREATED_AT = "2026-01-05T08:30:00Z";

    private final String acme = freshTenant("list");
    private final String globex = freshTenant("list-other");
    private final Map<String, Integer> expectedVersions = new HashMap<>();
    private String l1, l2, l3, l4, l5, g1;
    private String opportunityOfL4;
    private ListClient leads;
    private Instant cut;

    @BeforeAll
    void buildLeads() throws Exception {
        l1 = create(acme, "rep-1", "team-1", "web", ",\"campaign\":\"spring-fair\",\"contactRole\":\"CHAMPION\"");
        l2 = create(acme, "rep-1", "team-1", "partner", "");
        l3 = create(acme, "rep-2", "team-2", "web", "");
        l4 = create(acme, "rep-2", "team-1", "web", "");
        l5 = create(acme, "rep-3", "team-2", "web", "");
        g1 = create(globex, "rep-1", "team-1", "web", "");
        change(acme, l3, "disqualify", "{\"reason\":\"duplicate\"}");
        opportunityOfL4 = JsonPath.read(change(acme, l4, "convert", "{\"amount\":100}"), "$.opportunityId");
        cut = Instant.now();
        Thread.sleep(5);
        change(acme, l1, "stage", "{\"stage\":\"CONTACTED\"}");
        change(acme, l5, "reassign", "{\"ownerId\":\"rep-9\",\"teamId\":\"team-9\"}");

        leads = new ListClient(mvc, "/api/leads", "leadId");
        leads.awaitVersions(expectedVersions, List.of(acme, globex));
    }

    private String create(String tenant, String owner, String team, String source, String extra) throws Exception {
        String body = mvc.perform(jsonPost(
                        tenant,
                        "/api/leads",
                        "{\"source\":\"" + source + "\",\"industry\":\"retail\",\"region\":\"EMEA\",\"ownerId\":\""
                                + owner + "\",\"teamId\":\"" + team + "\",\"occurredAt\":\"" + CREATED_AT + "\""
                                + extra + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.leadId");
        expectedVersions.put(id, 0);
        // Recorded times a few milliseconds apart make the expected order unambiguous.
        Thread.sleep(3);
        return id;
    }

    private String change(String tenant, String id, String action, String body) throws Exception {
        var response = mvc.perform(jsonPost(tenant, "/api/leads/" + id + "/" + action, body))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse();
        expectedVersions.put(
                id, Integer.valueOf(response.getHeader(HttpHeaders.ETAG).replace("\"", "")));
        Thread.sleep(3);
        return response.getContentAsString();
    }

    private String list(String tenant, String query) throws Exception {
        return leads.body(tenant, query);
    }

    private List<String> ids(String tenant, String query) throws Exception {
        return leads.ids(tenant, query);
    }

    @Test
    void listsTheTenantsLeadsMostRecentlyChangedFirst() throws Exception {
        mvc.perform(get("/api/leads").with(caller(acme, "user-2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(5));
        assertThat(ids(acme, "")).containsExactly(l5, l1, l4, l3, l2);
    }

    @Test
    void itemCarriesTheLeadAsOfItsLastChange() throws Exception {
        Map<String, Object> converted = JsonPath.read(list(acme, "status=CONVERTED"), "$.items[0]");
        assertThat(converted)
                .containsEntry("leadId", l4)
                .containsEntry("stage", "NEW")
                .containsEntry("status", "CONVERTED")
                .containsEntry("opportunityId", opportunityOfL4)
                .containsEntry("ownerId", "rep-2")
                .containsEntry("teamId", "team-1")
                .containsEntry("source", "web")
                .containsEntry("industry", "retail")
                .containsEntry("region", "EMEA")
                .containsEntry("campaign", null)
                .containsEntry("createdAt", CREATED_AT)
                .containsEntry("version", 1);
        assertThat(Instant.parse((String) converted.get("updatedAt"))).isBetween(cut.minusSeconds(60), cut);

        Map<String, Object> contacted = JsonPath.read(list(acme, "stage=CONTACTED"), "$.items[0]");
        assertThat(contacted)
                .containsEntry("leadId", l1)
                .containsEntry("campaign", "spring-fair")
                .containsEntry("contactRole", "CHAMPION")
                .containsEntry("opportunityId", null);
    }

    @Test
    void pagesSplitTheOrderWithoutOverlap() throws Exception {
        assertThat(ids(acme, "size=2&page=0")).containsExactly(l5, l1);
        assertThat(ids(acme, "size=2&page=1")).containsExactly(l4, l3);
        assertThat(ids(acme, "size=2&page=2")).containsExactly(l2);
        String beyond = list(acme, "size=2&page=3");
        assertThat(JsonPath.<List<String>>read(beyond, "$.items")).isEmpty();
        assertThat(JsonPath.<Integer>read(beyond, "$.total")).isEqualTo(5);
    }

    @Test
    void filtersNarrowTheListAndCombine() throws Exception {
        assertThat(ids(acme, "owner=rep-1")).containsExactly(l1, l2);
        assertThat(ids(acme, "owner=rep-9&team=team-9")).containsExactly(l5);
        assertThat(ids(acme, "owner=rep-3")).isEmpty();
        assertThat(ids(acme, "team=team-1")).containsExactly(l1, l4, l2);
        assertThat(ids(acme, "stage=CONTACTED")).containsExactly(l1);
        assertThat(ids(acme, "stage=NEW")).containsExactly(l5, l4, l3, l2);
        assertThat(ids(acme, "status=OPEN")).containsExactly(l5, l1, l2);
        assertThat(ids(acme, "status=DISQUALIFIED")).containsExactly(l3);
        assertThat(ids(acme, "source=partner")).containsExactly(l2);
        assertThat(ids(acme, "campaign=spring-fair")).containsExactly(l1);
        assertThat(ids(acme, "team=team-1&status=OPEN&source=web")).containsExactly(l1);
        assertThat(JsonPath.<Integer>read(list(acme, "status=OPEN&size=1"), "$.total"))
                .isEqualTo(3);
    }

    @Test
    void updatedSinceTakesAnInstantOrADate() throws Exception {
        assertThat(ids(acme, "updatedSince=" + cut)).containsExactly(l5, l1);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(ids(acme, "updatedSince=" + yesterday)).containsExactly(l5, l1, l4, l3, l2);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(ids(acme, "updatedSince=" + tomorrow)).isEmpty();
    }

    @Test
    void anotherTenantsLeadsNeverAppear() throws Exception {
        assertThat(ids(globex, "")).containsExactly(g1);
        assertThat(ids(acme, "owner=rep-1&team=team-1")).doesNotContain(g1);
        assertThat(JsonPath.<Integer>read(list(freshTenant("nobody"), ""), "$.total"))
                .isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "size, 0",
        "size, 201",
        "size, ten",
        "page, -1",
        "page, 1.5",
        "status, PENDING",
        "status, open",
        "stage, QUALIFIED",
        "stage, new",
        "updatedSince, 01/03/2026",
        "updatedSince, 2026-03-01T09:00",
        "owner, ''",
        "team, ' '",
        "source, ''",
        "campaign, ''"
    })
    void badParameterIsBadRequestNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/leads").param(parameter, value).with(caller(acme, "user-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void aFilterLongerThanTheStoredTextCanBeIsBadRequest() throws Exception {
        mvc.perform(get("/api/leads").param("campaign", "c".repeat(201)).with(caller(acme, "user-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("campaign"));
        assertThat(ids(acme, "campaign=" + "c".repeat(200))).isEmpty();
    }

    @Test
    void listWithoutTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/leads")).andExpect(status().isUnauthorized());
    }
}
