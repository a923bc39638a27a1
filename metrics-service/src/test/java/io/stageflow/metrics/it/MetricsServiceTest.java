package io.stageflow.metrics.it;

import io.stageflow.kit.test.ServiceTestSupport;
import io.stageflow.localinfra.SharedTestInfra;
import io.stageflow.metrics.support.EventTopics;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole metrics service over topics of its own, started once for every class that extends this.
 * Each class publishes the events of tenants of its own; tenant {@code berlin} counts its days in
 * Europe/Berlin, tenant {@code tokyo} in Asia/Tokyo, tenant {@code nyc} in America/New_York.
 */
@SpringBootTest
@AutoConfigureMockMvc
// Metrics export is off in tests by default; the rejected-record counter is checked where operators read it.
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MetricsServiceTest {
    static final EventTopics TOPICS = EventTopics.create(3);

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestSupport.sharedInfra(registry);
        TOPICS.register(registry);
        // A store that is gone fails an operation after a second instead of the driver's 30: the
        // outage in StoreOutageTest then fails batches half-written, not merely pauses them.
        registry.add(
                "spring.data.mongodb.uri",
                () -> SharedTestInfra.mongoConnectionString() + "/?serverSelectionTimeoutMS=1000");
        registry.add("stageflow.metrics.zones.berlin", () -> "Europe/Berlin");
        registry.add("stageflow.metrics.zones.tokyo", () -> "Asia/Tokyo");
        registry.add("stageflow.metrics.zones.nyc", () -> "America/New_York");
    }
}
