package io.stageflow.kit.test;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reads a list endpoint ({@code {"items":[…], "page", "size", "total"}}) as a user of a tenant, for
 * tests of the services' eventually consistent lists.
 *
 * @param idField the field of an item that identifies it, e.g. {@code leadId}
 */
public record ListClient(MockMvc mvc, String path, String idField) {

    /** The body of {@code path?query}, which must answer 200. */
    public String body(String tenant, String query) throws Exception {
        return mvc.perform(get(path + "?" + query).with(caller(tenant, "user-1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The ids of the page {@code query} asks for, in the list's order. */
    public List<String> ids(String tenant, String query) throws Exception {
        return JsonPath.read(body(tenant, query), "$.items[*]." + idField);
    }

    /** Waits until the tenants' lists show exactly {@code expected} ids, each at its version. */
    public void awaitVersions(Map<String, Integer> expected, List<String> tenants) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Map<String, Integer> listed = new HashMap<>();
                    for (String tenant : tenants) {
                        String body = body(tenant, "size=200");
                        List<String> ids = JsonPath.read(body, "$.items[*]." + idField);
                        List<Integer> versions = JsonPath.read(body, "$.items[*].version");
                        for (int i = 0; i < ids.size(); i++) {
                            listed.put(ids.get(i), versions.get(i));
                        }
                    }
                    assertThat(listed).isEqualTo(expected);
                });
    }
}
