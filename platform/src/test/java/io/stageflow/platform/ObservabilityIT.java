package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.EventType;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.TenantId;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator relies on, on the running platform: a client's trace reaches Kafka and the
 * services that react to it, and every metric the alert rules and the dashboard read is emitted.
 * It shares the platform of the other end-to-end tests and only adds a handful of commands.
 */
class ObservabilityIT {
    private static LocalPlatform platform;
    private static StageflowClient client;
    private static String tenant;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        tenant = "observe-" + UUID.randomUUID().toString().substring(0, 8);
        client = StageflowClient.signIn(
                platform.gatewayUrl(), tenant, "olga", List.of("executive", "admin"), List.of("t1"));
    }

    @Test
    void aCommandsTraceTravelsThroughKafkaIntoTheReactionItCauses() {
        String created = traceId();
        String converted = traceId();
        String leadId = client.send("POST", "/api/leads", lead(), traced(created))
                .requireSuccess()
                .path("leadId")
                .asText();
        client.send(
                        "POST",
                        "/api/leads/" + leadId + "/convert",
                        Map.of("amount", 5000, "currency", "EUR"),
                        traced(converted))
                .requireSuccess();

        Map<EventType, ConsumerRecord<String, byte[]>> records =
                awaitRecords(Set.of(EventType.LEAD_CREATED, EventType.LEAD_CONVERTED, EventType.OPPORTUNITY_OPENED));

        assertThat(traceIdOf(records.get(EventType.LEAD_CREATED), "traceparent"))
                .isEqualTo(created);
        assertThat(traceIdOf(records.get(EventType.LEAD_CREATED), "ce_traceparent"))
                .as("the CloudEvents distributed-tracing extension")
                .isEqualTo(created);
        assertThat(traceIdOf(records.get(EventType.LEAD_CONVERTED), "traceparent"))
                .isEqualTo(converted);
        // Opened by the opportunity service consuming the conversion: it continued the record's trace.
        assertThat(traceIdOf(records.get(EventType.OPPORTUNITY_OPENED), "traceparent"))
                .isEqualTo(converted);
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsEmitted() {
        client.send("POST", "/api/leads", lead(), Map.of()).requireSuccess();
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(60));

        Map<Service, String> scrapes = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            scrapes.put(service, scrape(platform.managementUrl(service)));
        }
        Set<String> emitted = scrapes.values().stream()
                .flatMap(scrape -> sampleNames(scrape).stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(emitted).containsAll(ObservabilityAssets.metricNames());
        assertThat(scrapes.get(Service.LEAD))
                .contains("stageflow_commands_seconds_count{application=\"lead-service\",command=\"CreateLead\","
                        + "outcome=\"success\"}");
        assertThat(scrapes.get(Service.GATEWAY)).contains("routeId=\"lead-service\"");
    }

    private static Map<String, Object> lead() {
        return Map.of("source", "webinar", "industry", "software", "region", "EMEA", "ownerId", "olga", "teamId", "t1");
    }

    /** A new W3C trace, as a client or an upstream proxy would start it. */
    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> traced(String traceId) {
        return Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
    }

    private static Map<EventType, ConsumerRecord<String, byte[]>> awaitRecords(Set<EventType> types) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<EventType, ConsumerRecord<String, byte[]>> found = new EnumMap<>(EventType.class);
            TopicCensus.kafkaRecordsOf(platform.kafkaBootstrapServers(), new TenantId(tenant))
                    .forEach(record ->
                            found.putIfAbsent(SalesEventCodec.decode(record).type(), record));
            if (found.keySet().containsAll(types) || System.nanoTime() > deadline) {
                return found;
            }
        }
    }

    private static String traceIdOf(ConsumerRecord<String, byte[]> record, String header) {
        assertThat(record).as("a record of tenant %s", tenant).isNotNull();
        Header value = record.headers().lastHeader(header);
        assertThat(value).as("header %s", header).isNotNull();
        return new String(value.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    private static String scrape(String managementUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/prometheus"))
                .header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(managementUrl).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The metric names of a Prometheus text exposition's samples. */
    private static Set<String> sampleNames(String scrape) {
        return scrape.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toSet());
    }
}
