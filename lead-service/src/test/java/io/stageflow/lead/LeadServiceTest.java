package io.stageflow.lead;

import static io.stageflow.kit.test.ServiceTestSupport.jsonPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole lead service, started once for every test class that extends this: one Spring
 * context, one database, one consumer of the process-events topic. Tests share its data, so each
 * works on leads, pipelines and tenants of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class LeadServiceTest {
    /** The process-events consumer's group: of its own, so no other consumer in the JVM takes its partitions. */
    protected static final String PROCESS_EVENTS_GROUP = "lead-service-test-" + UUID.randomUUID();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
        registry.add("spring.cloud.stream.bindings.processEvents-in-0.group", () -> PROCESS_EVENTS_GROUP);
    }

    /** A new lead of {@code tenant}, created now; its id. */
    protected String newLead(String tenant) throws Exception {
        String body = mvc.perform(jsonPost(
                        tenant,
                        "/api/leads",
                        "{\"source\":\"web\",\"industry\":\"retail\",\"region\":\"EMEA\",\"ownerId\":\"rep-7\","
                                + "\"teamId\":\"team-3\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.leadId");
    }

    /** A tenant no other test uses, so that what a test lists or defines is its own. */
    protected static String freshTenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
