package io.stageflow.kit.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

@SpringBootTest(classes = KitTestApplication.class)
@AutoConfigureMockMvc
class KitWebTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Test
    void theTenantComesFromTheToken() throws Exception {
        mvc.perform(get("/api/echo").with(caller("acme", "alice")).header("X-Tenant-Id", "evil"))
                .andExpect(status().isOk())
                .andExpect(content().string("acme:ok"));
    }

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() throws Exception {
        mvc.perform(get("/api/echo"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aTokenWithoutATenantGetsNothing() throws Exception {
        mvc.perform(get("/api/echo").with(jwt().jwt(token -> token.subject("mallory"))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aClientMistakeIsA400ProblemNotA500() throws Exception {
        mvc.perform(get("/api/echo").param("word", " ").with(caller("acme", "alice")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("word must not be blank"));
    }

    @Test
    void healthIsOpenButNothingElseOfTheActuator() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
