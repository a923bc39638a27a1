package io.stageflow.lead.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.lead.LeadServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may create and read which lead, over HTTP, and the audit line every command leaves. */
@ExtendWith(OutputCaptureExtension.class)
class LeadAccessApiTest extends LeadServiceTest {
    private static final RequestPostProcessor RITA = caller("acme", "rita", List.of("rep"), List.of("north"));
    private static final RequestPostProcessor RON = caller("acme", "ron", List.of("rep"), List.of("north"));
    private static final RequestPostProcessor MIA = caller("acme", "mia", List.of("manager"), List.of("north"));
    private static final RequestPostProcessor ANN = caller("acme", "ann", List.of("analyst"), List.of());

    private static String lead(String owner, String team) {
        return """
                {"source":"web","industry":"retail","region":"EMEA","ownerId":"%s","teamId":"%s"}
                """
                .formatted(owner, team);
    }

    private ResultActions create(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/leads")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aRepCannotMakeAnotherUserTheOwnerAndNothingIsStored() throws Exception {
        // A tenant of its own: the other tests' leads are acme's.
        RequestPostProcessor rita = caller("initech", "rita", List.of("rep"), List.of("north"));
        create(rita, lead("ron", "north"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail")
                        .value("A rep cannot make another user the owner: ownerId must be 'rita'."));
        create(rita, lead("rita", "south"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("teamId 'south' is not one of the caller's teams [north]."));
        mvc.perform(get("/api/leads").with(caller("initech", "eve")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aLeadIsTheOwnersAndTheirManagersAndAnotherRepFindsNone() throws Exception {
        String body = create(RITA, lead("rita", "north"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String path = "/api/leads/" + JsonPath.read(body, "$.leadId");

        mvc.perform(get(path).with(RITA)).andExpect(status().isOk());
        mvc.perform(get(path).with(MIA)).andExpect(status().isOk());
        mvc.perform(get(path).with(RON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No such resource."));
        mvc.perform(post(path + "/stage")
                        .with(RON)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stage\":\"CONTACTED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(ANN)).andExpect(status().isForbidden());
    }

    @Test
    void everyCommandLeavesAnAuditLineNamingWhoWhatAndTheOutcome(CapturedOutput output) throws Exception {
        create(RITA, lead("rita", "north")).andExpect(status().isCreated());
        create(ANN, lead("ann", "north")).andExpect(status().isForbidden());

        assertThat(output.getAll())
                .contains("tenant=acme user=rita roles=[REP] method=POST path=/api/leads status=201")
                .contains("tenant=acme user=ann roles=[ANALYST] method=POST path=/api/leads status=403");
    }
}
