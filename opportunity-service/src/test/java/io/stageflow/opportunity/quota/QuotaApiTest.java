package io.stageflow.opportunity.quota;

import static io.stageflow.kit.plan.PlanApi.assertProblemNaming;
import static io.stageflow.kit.plan.PlanApi.body;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.kit.plan.PlanApi;
import io.stageflow.kit.plan.PlanFigureApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/**
 * Quotas over HTTP: what every plan figure does ({@link PlanFigureApiContract}), and what a quota's
 * URL and answers are.
 */
class QuotaApiTest extends QuotaContext implements PlanFigureApiContract {
    private final String acme = PlanApi.tenant("acme");

    @Override
    public String figure(String name) {
        return "/api/quotas/rep/" + name + "/2026";
    }

    @Override
    public String list() {
        return "/api/quotas";
    }

    @Test
    void firstSettingCreatesTheQuotaAndARevisionChangesIt() throws Exception {
        api().set(acme, "/api/quotas/rep/rep-7/2026-Q4", body("50000", "EUR"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/quotas/rep/rep-7/2026-Q4"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.quotaId").value(matchesPattern("quota:" + acme + ":[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.scope").value("REP"))
                .andExpect(jsonPath("$.subjectId").value("rep-7"))
                .andExpect(jsonPath("$.period").value("2026-Q4"))
                .andExpect(jsonPath("$.amount.amount").value(50000))
                .andExpect(jsonPath("$.amount.currency").value("EUR"))
                .andExpect(jsonPath("$.version").value(0));

        api().set(acme, "/api/quotas/REP/rep-7/2026-q4", body("60000", "EUR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount.amount").value(60000))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aTeamsQuotaIsReadWithItsScopeAndSubject() throws Exception {
        api().set(acme, "/api/quotas/Team/team-3/2026-11", body("90000", "EUR")).andExpect(status().isCreated());

        api().read(acme, "/api/quotas/team/team-3/2026-11")
                .andExpect(jsonPath("$.quotaId").value(matchesPattern("quota:" + acme + ":[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.scope").value("TEAM"))
                .andExpect(jsonPath("$.subjectId").value("team-3"))
                .andExpect(jsonPath("$.period").value("2026-11"));
        api().read(acme, "/api/quotas/rep/team-3/2026-11").andExpect(status().isNotFound());
    }

    @Test
    void subjectsAreFreeTextInTheUrl() throws Exception {
        api().set(acme, "/api/quotas/rep/Jos%C3%A9%20Garc%C3%ADa/2026", body("1", "EUR"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/quotas/rep/Jos%C3%A9%20Garc%C3%ADa/2026"))
                .andExpect(jsonPath("$.subjectId").value("José García"));
        api().read(acme, "/api/quotas/rep/Jos%C3%A9%20Garc%C3%ADa/2026").andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({
        "scope, /api/quotas/manager/rep-7/2026",
        "period, /api/quotas/rep/rep-7/2026-Q5",
        "period, /api/quotas/rep/rep-7/26",
        "subjectId, /api/quotas/rep/%20/2026"
    })
    void badUrlPartIsBadRequestNamingIt(String field, String path) throws Exception {
        assertProblemNaming(api().set(acme, path, body("1", "EUR")), field);
        assertProblemNaming(api().read(acme, path), field);
    }
}
