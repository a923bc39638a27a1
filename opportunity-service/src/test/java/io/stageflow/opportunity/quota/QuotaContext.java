package io.stageflow.opportunity.quota;

import io.stageflow.kit.plan.PlanApi;
import io.stageflow.kit.test.ServiceTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context all quota tests share (inheriting the same configuration is what lets
 * Spring reuse it), so quotas add one context to the suite, not one per class. The database is
 * shared too: each test class works in tenants of its own ({@link PlanApi#tenant}).
 */
@SpringBootTest(properties = "spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false")
@AutoConfigureMockMvc
abstract class QuotaContext {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
    }

    @Autowired
    MockMvc mvc;

    public PlanApi api() {
        return new PlanApi(mvc, "manager-1");
    }
}
