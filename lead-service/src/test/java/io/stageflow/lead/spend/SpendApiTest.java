package io.stageflow.lead.spend;

import static io.stageflow.kit.plan.PlanApi.assertProblemNaming;
import static io.stageflow.kit.plan.PlanApi.body;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
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
 * Marketing spend over HTTP: what every plan figure does ({@link PlanFigureApiContract}), and what
 * a spend's URL and answers are, with and without a campaign.
 */
class SpendApiTest extends SpendContext implements PlanFigureApiContract {
    private final String acme = PlanApi.tenant("acme");

    @Override
    public String figure(String name) {
        return "/api/marketing-spend/" + name + "/2026?campaign=" + name;
    }

    @Override
    public String list() {
        return "/api/marketing-spend";
    }

    @Test
    void aCampaignAndItsWholeChannelAreSeparateSpends() throws Exception {
        api().set(acme, "/api/marketing-spend/webinar/2026-11?campaign=spring%20fair", body("800", "USD"))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                HttpHeaders.LOCATION, "/api/marketing-spend/webinar/2026-11?campaign=spring%20fair"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.spendId").value(matchesPattern("spend:" + acme + ":[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.channel").value("webinar"))
                .andExpect(jsonPath("$.campaign").value("spring fair"))
                .andExpect(jsonPath("$.period").value("2026-11"))
                .andExpect(jsonPath("$.amount.amount").value(800))
                .andExpect(jsonPath("$.amount.currency").value("USD"))
                .andExpect(jsonPath("$.version").value(0));

        api().set(acme, "/api/marketing-spend/webinar/2026-11", body("300", "USD"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/marketing-spend/webinar/2026-11"))
                .andExpect(jsonPath("$.campaign").value(nullValue()));

        api().read(acme, "/api/marketing-spend/webinar/2026-11")
                .andExpect(jsonPath("$.channel").value("webinar"))
                .andExpect(jsonPath("$.campaign").value(nullValue()))
                .andExpect(jsonPath("$.amount.amount").value(300));
        api().read(acme, "/api/marketing-spend/webinar/2026-11?campaign=spring%20fair")
                .andExpect(jsonPath("$.campaign").value("spring fair"))
                .andExpect(jsonPath("$.amount.amount").value(800));
        api().read(acme, "/api/marketing-spend/webinar/2026-11?campaign=autumn").andExpect(status().isNotFound());
    }

    @Test
    void channelAndPeriodAreReadAsPeopleTypeThem() throws Exception {
        api().set(acme, "/api/marketing-spend/%20events%20/2026-q3?campaign=%20expo%20", body("1000", "EUR"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("events"))
                .andExpect(jsonPath("$.campaign").value("expo"))
                .andExpect(jsonPath("$.period").value("2026-Q3"));

        api().set(acme, "/api/marketing-spend/events/2026-Q3?campaign=expo", body("1250", "EUR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @ParameterizedTest
    @CsvSource({
        "channel, /api/marketing-spend/%20/2026",
        "campaign, /api/marketing-spend/web/2026?campaign=",
        "campaign, /api/marketing-spend/web/2026?campaign=%20",
        "period, /api/marketing-spend/web/2026-Q0",
        "period, /api/marketing-spend/web/Q4-2026"
    })
    void badUrlPartIsBadRequestNamingIt(String field, String path) throws Exception {
        assertProblemNaming(api().set(acme, path, body("1", "EUR")), field);
        assertProblemNaming(api().read(acme, path), field);
    }
}
