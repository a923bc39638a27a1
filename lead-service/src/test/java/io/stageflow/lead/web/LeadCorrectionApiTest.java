package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.lead.LeadServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/leads/{id}/stage-corrections}: a back-dated move, and every way one is refused. */
class LeadCorrectionApiTest extends LeadServiceTest {
    private static final String ACME = "acme";
    private static final String CALLED_ON_MARCH_2 =
            "{\"stage\":\"CONTACTED\",\"occurredAt\":\"2026-03-02T09:00:00Z\",\"reason\":\"logged late\"}";

    private String leadId;
    private String corrections;

    /** A lead created on 1 March and reassigned on 3 March: version 1, latest change 3 March. */
    @BeforeEach
    void createdAndReassigned() throws Exception {
        String body = send(
                        "/api/leads",
                        """
                        {"source":"web","industry":"retail","region":"EMEA","ownerId":"rep-7","teamId":"team-3",
                         "occurredAt":"2026-03-01T09:00:00Z"}
                        """)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        leadId = JsonPath.read(body, "$.leadId");
        corrections = "/api/leads/" + leadId + "/stage-corrections";
        send(
                        "/api/leads/" + leadId + "/reassign",
                        "{\"ownerId\":\"rep-9\",\"teamId\":\"team-4\",\"occurredAt\":\"2026-03-03T09:00:00Z\"}")
                .andExpect(status().isNoContent());
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(jsonPost(ACME, path, body));
    }

    private ResultActions read() throws Exception {
        return mvc.perform(get("/api/leads/" + leadId).with(caller(ACME, "user-1")));
    }

    /** A refused correction stores nothing: the lead is as it was. */
    private void unchanged() throws Exception {
        read().andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.stage").value("NEW"));
    }

    @Test
    void correctionIsHistoryWithBothTimesAndTheReason() throws Exception {
        send(corrections, CALLED_ON_MARCH_2)
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));

        read().andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.lastChangedAt").value("2026-03-03T09:00:00Z"))
                .andExpect(jsonPath("$.history[2].event").value("STAGE_CORRECTED"))
                .andExpect(jsonPath("$.history[2].stage").value("CONTACTED"))
                .andExpect(jsonPath("$.history[2].occurredAt").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.history[2].reason").value("logged late"))
                .andExpect(jsonPath("$.history[2].recordedAt", containsString("T")));
    }

    @Test
    void anOrdinaryMoveThatFarBackIsAConflictPointingToTheCorrection() throws Exception {
        send("/api/leads/" + leadId + "/stage", "{\"stage\":\"CONTACTED\",\"occurredAt\":\"2026-03-02T09:00:00Z\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("previous change")));
        unchanged();
    }

    @Test
    void correctionThatIsNotBackdatedIsAConflict() throws Exception {
        send(corrections, CALLED_ON_MARCH_2.replace("2026-03-02", "2026-03-04"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("ordinary stage move")));
        unchanged();
    }

    @Test
    void correctionBeforeTheLeadExistedIsAConflict() throws Exception {
        send(corrections, CALLED_ON_MARCH_2.replace("2026-03-02", "2026-02-28")).andExpect(status().isConflict());
        unchanged();
    }

    @Test
    void correctionWithoutTimeReasonOrKnownStageIsBadRequestNamingTheField() throws Exception {
        send(corrections, "{\"stage\":\"CONTACTED\",\"reason\":\"logged late\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        send(corrections, CALLED_ON_MARCH_2.replace("logged late", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(corrections, CALLED_ON_MARCH_2.replace("CONTACTED", "MET"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        send(corrections, CALLED_ON_MARCH_2.replace("2026-03-02", "2099-03-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        unchanged();
    }

    @Test
    void staleIfMatchIsPreconditionFailed() throws Exception {
        mvc.perform(jsonPost(ACME, corrections, CALLED_ON_MARCH_2).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        unchanged();
    }

    @Test
    void anotherTenantsLeadIsNotFound() throws Exception {
        mvc.perform(jsonPost("globex", corrections, CALLED_ON_MARCH_2)).andExpect(status().isNotFound());
        send("/api/leads/no-such-lead/stage-corrections", CALLED_ON_MARCH_2).andExpect(status().isNotFound());
        unchanged();
    }
}
