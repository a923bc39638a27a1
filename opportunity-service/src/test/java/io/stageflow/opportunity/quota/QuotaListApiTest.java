package io.stageflow.opportunity.quota;

import static io.stageflow.kit.plan.PlanApi.rows;
import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.plan.PlanApi;
import io.stageflow.kit.test.ListClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/** The quota list against the whole service: the quotas are set once, every test reads them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaListApiTest extends QuotaContext {
    private final String acme = PlanApi.tenant("acme");
    private final String globex = PlanApi.tenant("globex");
    private ListClient quotas;

    @BeforeAll
    void setQuotas() throws Exception {
        quotas = new ListClient(mvc, "/api/quotas", "quotaId");
        Map<String, Integer> versions = api().setInTurn(
                        "quotaId",
                        new String[] {acme, "/api/quotas/rep/rep-2/2026-Q4", "40000", "EUR"},
                        new String[] {acme, "/api/quotas/rep/rep-1/2026-Q4", "50000", "EUR"},
                        new String[] {acme, "/api/quotas/team/team-1/2026-Q4", "200000", "EUR"},
                        new String[] {acme, "/api/quotas/rep/rep-1/2026", "180000", "EUR"},
                        new String[] {acme, "/api/quotas/rep/rep-1/2026-11", "15000", "EUR"},
                        new String[] {acme, "/api/quotas/rep/rep-1/2027-Q1", "60000", "EUR"},
                        new String[] {acme, "/api/quotas/rep/rep-1/2026-Q4", "55000", "EUR"},
                        new String[] {globex, "/api/quotas/rep/rep-1/2026-Q4", "1", "USD"});
        quotas.awaitVersions(versions, List.of(acme, globex));
    }

    private List<String> rowsOf(String query) throws Exception {
        return rows(quotas.body(acme, query), "period", "scope", "subjectId");
    }

    @Test
    void listsTheTenantsQuotasMostRecentlySetFirst() throws Exception {
        mvc.perform(get("/api/quotas").with(caller(acme, "manager-1")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(6));
        assertThat(rowsOf(""))
                .containsExactly(
                        "2026-Q4 REP rep-1",
                        "2027-Q1 REP rep-1",
                        "2026-11 REP rep-1",
                        "2026 REP rep-1",
                        "2026-Q4 TEAM team-1",
                        "2026-Q4 REP rep-2");
    }

    @Test
    void itemShowsTheQuotaAsOfItsLastSetting() throws Exception {
        Map<String, Object> item =
                JsonPath.read(quotas.body(acme, "period=2026-Q4&scope=rep&subjectId=rep-1"), "$.items[0]");

        assertThat(item)
                .containsEntry("scope", "REP")
                .containsEntry("subjectId", "rep-1")
                .containsEntry("period", "2026-Q4")
                .containsEntry("amount", Map.of("amount", 55000, "currency", "EUR"))
                .containsEntry("version", 1)
                .containsKeys("occurredAt", "updatedAt");
        assertThat((String) item.get("quotaId")).startsWith("quota:" + acme + ":");
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(rowsOf("period=2026-q4"))
                .containsExactly("2026-Q4 REP rep-1", "2026-Q4 TEAM team-1", "2026-Q4 REP rep-2");
        assertThat(rowsOf("year=2026"))
                .containsExactly(
                        "2026-Q4 REP rep-1",
                        "2026-11 REP rep-1",
                        "2026 REP rep-1",
                        "2026-Q4 TEAM team-1",
                        "2026-Q4 REP rep-2");
        assertThat(rowsOf("scope=TEAM")).containsExactly("2026-Q4 TEAM team-1");
        assertThat(rowsOf("subjectId=rep-1&year=2027")).containsExactly("2027-Q1 REP rep-1");
        assertThat(rowsOf("subjectId=rep-9")).isEmpty();
    }

    @Test
    void pagesSplitTheOrderWithoutOverlap() throws Exception {
        assertThat(rowsOf("size=4&page=0")).hasSize(4).doesNotContain("2026-Q4 TEAM team-1", "2026-Q4 REP rep-2");
        assertThat(rowsOf("size=4&page=1")).containsExactly("2026-Q4 TEAM team-1", "2026-Q4 REP rep-2");
        assertThat(rowsOf("size=4&page=2")).isEmpty();
    }

    @Test
    void anotherTenantsQuotasNeverAppear() throws Exception {
        assertThat(rows(quotas.body(globex, ""), "amount.currency")).containsExactly("USD");
        assertThat(rows(quotas.body(acme, "period=2026-Q4"), "amount.currency")).containsOnly("EUR");
    }

    @ParameterizedTest
    @CsvSource({
        "period, 2026-Q5",
        "year, 26",
        "scope, manager",
        "subjectId, ' '",
        "page, -1",
        "size, 0",
        "size, 201",
        "size, ten"
    })
    void badParameterIsBadRequestNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/quotas").param(parameter, value).with(caller(acme, "manager-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }
}
