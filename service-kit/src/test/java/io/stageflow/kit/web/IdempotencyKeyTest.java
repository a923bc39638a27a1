package io.stageflow.kit.web;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.kit.testapp.KitTestApplication;
import io.stageflow.kit.testapp.ThingController;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(classes = KitTestApplication.class)
@AutoConfigureMockMvc
class IdempotencyKeyTest {
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Test
    void aRetryGetsTheFirstResponseAndDoesNotRunTheCommandAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = create("acme", key, "{\"name\":\"widget\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int ranBefore = ThingController.CREATED.get();

        create("acme", key, "{\"name\":\"widget\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/things/" + first.replaceAll(".*\"id\":(\\d+).*", "$1")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(content().json(first, true));
        assertThat(ThingController.CREATED.get()).isEqualTo(ranBefore);
    }

    @Test
    void theSameKeyForAnotherRequestIsA422() throws Exception {
        String key = UUID.randomUUID().toString();
        create("acme", key, "{\"name\":\"widget\"}").andExpect(status().isCreated());
        int ranBefore = ThingController.CREATED.get();

        create("acme", key, "{\"name\":\"gadget\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));
        assertThat(ThingController.CREATED.get()).isEqualTo(ranBefore);
    }

    @Test
    void keysBelongToATenant() throws Exception {
        String key = UUID.randomUUID().toString();
        create("acme", key, "{\"name\":\"widget\"}").andExpect(status().isCreated());

        create("globex", key, "{\"name\":\"widget\"}")
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.tenant").value("globex"));
    }

    @Test
    void aFailedAttemptIsNotKeptSoItCanBeRetried() throws Exception {
        String key = UUID.randomUUID().toString();
        create("acme", key, "{\"name\":\" \"}").andExpect(status().isBadRequest());

        create("acme", key, "{\"name\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aRetryWhileTheFirstAttemptStillRunsIsA409() throws Exception {
        String key = UUID.randomUUID().toString();
        ThingController.slowGate = new CountDownLatch(1);
        ThingController.slowEntered = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            try {
                return create("acme", key, "{\"name\":\"slow\"}")
                        .andReturn()
                        .getResponse()
                        .getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            // Running the controller means the filter already holds the key.
            assertThat(ThingController.slowEntered.await(10, TimeUnit.SECONDS)).isTrue();
            create("acme", key, "{\"name\":\"slow\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Request in progress"));
        } finally {
            ThingController.slowGate.countDown();
        }
        assertThat(first.get()).isEqualTo(201);
    }

    @Test
    void malformedKeysAreRefused() throws Exception {
        create("acme", "x".repeat(256), "{\"name\":\"widget\"}").andExpect(status().isBadRequest());
        create("acme", "tab\tkey", "{\"name\":\"widget\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid Idempotency-Key"));
    }

    @Test
    void withoutAKeyEveryRequestRuns() throws Exception {
        int ranBefore = ThingController.CREATED.get();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/things")
                            .with(caller("acme", "alice"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"widget\"}"))
                    .andExpect(status().isCreated());
        }
        assertThat(ThingController.CREATED.get()).isEqualTo(ranBefore + 2);
    }

    private ResultActions create(String tenant, String key, String body) throws Exception {
        return mvc.perform(post("/api/things")
                .with(caller(tenant, "alice"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
