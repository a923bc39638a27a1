package io.stageflow.lead.spend;

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

/** The spend list against the whole service: the spend is set once, every test reads it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpendListApiTest extends SpendContext {
    private static final String SPRING_FAIR = "/api/marketing-spend/webinar/2026-11?campaign=spring-fair";
    private final String acme = PlanApi.tenant("acme");
    private final String globex = PlanApi.tenant("globex");
    private ListClient spend;

    @BeforeAll
    void setSpend() throws Exception {
        spend = new ListClient(mvc, "/api/marketing-spend", "spendId");
        Map<String, Integer> versions = api().setInTurn(
                        "spendId",
                        new String[] {acme, SPRING_FAIR, "800", "USD"},
                        new String[] {acme, "/api/marketing-spend/webinar/2026-11", "300", "USD"},
                        new String[] {acme, "/api/marketing-spend/events/2026-11", "2000", "USD"},
                        new String[] {acme, "/api/marketing-spend/webinar/2026-Q4?campaign=spring-fair", "2400", "USD"},
                        new String[] {acme, "/api/marketing-spend/webinar/2025", "9000", "USD"},
                        new String[] {acme, SPRING_FAIR, "850", "USD"},
                        new String[] {globex, "/api/marketing-spend/webinar/2026-11", "1", "EUR"});
        spend.awaitVersions(versions, List.of(acme, globex));
    }

    private List<String> rowsOf(String query) throws Exception {
        return rows(spend.body(acme, query), "period", "channel", "campaign");
    }

    @Test
    void listsTheTenantsSpendMostRecentlySetFirst() throws Exception {
        mvc.perform(get("/api/marketing-spend").with(caller(acme, "marketing-1")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(5));
        assertThat(rowsOf(""))
                .containsExactly(
                        "2026-11 webinar spring-fair",
                        "2025 webinar null",
                        "2026-Q4 webinar spring-fair",
                        "2026-11 events null",
                        "2026-11 webinar null");
    }

    @Test
    void itemShowsTheSpendAsOfItsLastSetting() throws Exception {
        Map<String, Object> item =
                JsonPath.read(spend.body(acme, "period=2026-11&channel=webinar&campaign=spring-fair"), "$.items[0]");

        assertThat(item)
                .containsEntry("channel", "webinar")
                .containsEntry("campaign", "spring-fair")
                .containsEntry("period", "2026-11")
                .containsEntry("amount", Map.of("amount", 850, "currency", "USD"))
                .containsEntry("version", 1)
                .containsKeys("occurredAt", "updatedAt");
        assertThat((String) item.get("spendId")).startsWith("spend:" + acme + ":");
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(rowsOf("year=2026"))
                .containsExactly(
                        "2026-11 webinar spring-fair",
                        "2026-Q4 webinar spring-fair",
                        "2026-11 events null",
                        "2026-11 webinar null");
        assertThat(rowsOf("period=2026-11&channel=webinar"))
                .containsExactly("2026-11 webinar spring-fair", "2026-11 webinar null");
        assertThat(rowsOf("campaign=spring-fair&year=2026"))
                .containsExactly("2026-11 webinar spring-fair", "2026-Q4 webinar spring-fair");
        assertThat(rowsOf("channel=radio")).isEmpty();
    }

    @Test
    void pagesSplitTheOrderWithoutOverlap() throws Exception {
        assertThat(rowsOf("size=2&page=1")).containsExactly("2026-Q4 webinar spring-fair", "2026-11 events null");
        assertThat(rowsOf("size=2&page=2")).containsExactly("2026-11 webinar null");
    }

    @Test
    void anotherTenantsSpendNeverAppears() throws Exception {
        assertThat(rows(spend.body(globex, ""), "amount.currency")).containsExactly("EUR");
        assertThat(rows(spend.body(acme, ""), "amount.currency")).containsOnly("USD");
    }

    @ParameterizedTest
    @CsvSource({"period, 2026-Q9", "year, 2k26", "channel, ''", "campaign, ' '", "page, x", "size, 500"})
    void badParameterIsBadRequestNamingIt(String parameter, String value) throws Exception {
        mvc.perform(get("/api/marketing-spend").param(parameter, value).with(caller(acme, "marketing-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }
}
