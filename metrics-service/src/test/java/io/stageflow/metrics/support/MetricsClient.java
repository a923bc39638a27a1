package io.stageflow.metrics.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.kit.test.ServiceTestSupport;
import java.time.Duration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the metrics API as a client of one tenant would, including waiting for the projection to catch up. */
public final class MetricsClient {
    private final MockMvc mvc;
    private final String tenant;

    public MetricsClient(MockMvc mvc, String tenant) {
        this.mvc = mvc;
        this.tenant = tenant;
    }

    /** The JSON body of a successful GET. */
    public String get(String pathAndQuery) throws Exception {
        return send(pathAndQuery)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A GET whatever it answers, to check a failure. */
    public ResultActions send(String pathAndQuery) throws Exception {
        return mvc.perform(
                MockMvcRequestBuilders.get(pathAndQuery).with(ServiceTestSupport.caller(tenant, "manager-1")));
    }

    /** Polls the status endpoint until the lag is 0, as clients are told to. */
    public void awaitCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag;
        do {
            lag = ((Number) JsonPath.read(get("/api/metrics/status"), "$.lag")).longValue();
            if (lag == 0) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("projection still " + lag + " records behind after " + timeout);
    }
}
