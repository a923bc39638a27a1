package io.stageflow.kit.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.testapp.KitTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A client that sent a bad field is told which one and why, as a 400 problem. */
@SpringBootTest(classes = KitTestApplication.class)
@AutoConfigureMockMvc
class FieldErrorsTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Test
    void aBlankRequiredFieldIsNamed() throws Exception {
        send("{\"label\":\" \"}")
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.detail").value("label: must not be blank"));
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        send("{\"label\":\"a\",\"colour\":\"red\"}")
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown field"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        send("{\"label\":\"a\",\"size\":\"big\"}")
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("'big' is not a valid Integer"));
    }

    @Test
    void aRuleOfTheRequestRecordIsExplained() throws Exception {
        send("{\"label\":\"a\",\"size\":-1}").andExpect(jsonPath("$.detail").value("size must not be negative"));
    }

    @Test
    void bodyThatIsNotJsonSaysSo() throws Exception {
        send("{\"label\":").andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
    }

    @Test
    void aDomainRuleThatBlamesOneFieldNamesIt() throws Exception {
        mvc.perform(post("/api/boxes/ship")
                        .with(caller("acme", "alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"odd\",\"size\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[0].message").value("label 'odd' is not on the list"));
    }

    @Test
    void missingInformationIsA422ListingTheFieldsToSupply() throws Exception {
        mvc.perform(post("/api/boxes/ship")
                        .with(caller("acme", "alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"odd\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Required information missing"))
                .andExpect(jsonPath("$.detail").value("a box needs its size before it ships"))
                .andExpect(jsonPath("$.missingFields[0]").value("size"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/boxes")
                        .with(caller("acme", "alice"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"));
    }
}
