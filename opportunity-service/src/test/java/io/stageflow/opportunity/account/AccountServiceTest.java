package io.stageflow.opportunity.account;

import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.ids.AccountId;
import io.stageflow.kit.test.ServiceTestSupport;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every account test shares (one service, one database, the shared broker):
 * subclasses add no configuration of their own, so the context is built once for all of them. Each
 * test works in a tenant of its own instead of a database of its own. The lead-events consumer stays
 * off: it would join the shared group and take partitions from the test that is about it.
 */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
public abstract class AccountServiceTest {
    protected static final String CREATE =
            """
            {"name":" Initech ","industry":"software","region":"EMEA","ownerId":"rep-7",
             "occurredAt":"2026-03-01T09:00:00Z"}
            """;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    protected MockMvc mvc;

    protected static String newTenant() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected AccountId create(String tenant, String body) throws Exception {
        String response = mvc.perform(jsonPost(tenant, "/api/accounts", body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new AccountId(JsonPath.read(response, "$.accountId"));
    }

    protected AccountId create(String tenant) throws Exception {
        return create(tenant, CREATE);
    }
}
