package io.stageflow.kit.plan;

import static io.stageflow.kit.test.ServiceTestSupport.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.schema.EventSchemas;
import io.stageflow.kit.test.TopicReader;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan figure endpoints as the quota and spend API tests call them. Paths are given as sent on
 * the wire (percent-encoded, query included), so that tests say exactly which URL a client uses.
 */
public record PlanApi(MockMvc mvc, String user) {

    /** A tenant no other test class uses, since a service's plan tests share one database. */
    public static String tenant(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String body(String amount, String currency) {
        return "{\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}";
    }

    public ResultActions set(String tenant, String path, String body) throws Exception {
        return mvc.perform(json(put(URI.create(path)).with(caller(tenant, user)), body));
    }

    public ResultActions set(String tenant, String path, String ifMatch, String body) throws Exception {
        return mvc.perform(
                json(put(URI.create(path)).with(caller(tenant, user)).header(HttpHeaders.IF_MATCH, ifMatch), body));
    }

    /**
     * Sets each {@code {tenant, path, amount, currency}} in turn, a few milliseconds apart so that a
     * list's order (by recorded time) is unambiguous, and answers each figure's id (the answers'
     * {@code idField}) with the version a list must come to show, for {@code ListClient.awaitVersions}.
     */
    public Map<String, Integer> setInTurn(String idField, String[]... settings) throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        for (String[] setting : settings) {
            String answer = set(setting[0], setting[1], body(setting[2], setting[3]))
                    .andExpect(status().is2xxSuccessful())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            versions.put(JsonPath.read(answer, "$." + idField), JsonPath.read(answer, "$.version"));
            Thread.sleep(3);
        }
        return versions;
    }

    public ResultActions read(String tenant, String path) throws Exception {
        return mvc.perform(get(URI.create(path)).with(caller(tenant, user)));
    }

    /** Each listed item as its {@code fields} joined by blanks, e.g. "2026-Q4 REP rep-1". */
    public static List<String> rows(String listBody, String... fields) {
        List<List<Object>> columns = Arrays.stream(fields)
                .map(field -> JsonPath.<List<Object>>read(listBody, "$.items[*]." + field))
                .toList();
        return IntStream.range(0, columns.get(0).size())
                .mapToObj(i -> columns.stream()
                        .map(column -> String.valueOf(column.get(i)))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    public static void assertProblemNaming(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    /** The plan events keyed {@code aggregateId} on the topic, each checked against its schema. */
    public static List<EventEnvelope> published(String aggregateId, int expected) {
        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.read(Topics.PLAN_EVENTS, r -> aggregateId.equals(r.key()), expected, Duration.ofSeconds(1));
        assertThat(records).hasSize(expected);
        return records.stream()
                .map(record -> {
                    EventEnvelope envelope = SalesEventCodec.decode(record);
                    assertThat(EventSchemas.violations(envelope.type(), record.value()))
                            .as("schema violations of %s", envelope.type())
                            .isEmpty();
                    return envelope;
                })
                .toList();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
