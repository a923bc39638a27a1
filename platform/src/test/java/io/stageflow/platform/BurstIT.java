package io.stageflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.events.EventType;
import io.stageflow.events.ids.TenantId;
import io.stageflow.localinfra.FreePorts;
import io.stageflow.platform.demo.StageflowClient;
import io.stageflow.platform.demo.StageflowClient.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One user bursts commands at a gateway replica with small limits (per user 5/s, burst 10; per
 * tenant 20/s, burst 40): the excess is refused with 429 and the standard headers, nothing refused
 * is stored, everyone else is still served while it lasts, and every service stays healthy. The
 * replica runs as in production (no local profile, tokens validated through OIDC discovery at the
 * platform gateway), in front of the shared platform's services.
 */
class BurstIT {
    private static final int USER_RATE = 5;
    private static final int USER_BURST = 10;
    private static final int REQUESTS = 240;
    private static final int THREADS = 16;

    private static LocalPlatform platform;
    private static ServiceProcess limited;
    private static String limitedUrl;

    @BeforeAll
    static void aGatewayWithSmallLimits() {
        platform = RunningPlatform.get();
        int port = FreePorts.pick();
        limited = platform.startGatewayReplica(
                "gateway-small-limits",
                port,
                FreePorts.pick(),
                List.of(
                        "--stageflow.rate-limits.user.replenish-rate=" + USER_RATE,
                        "--stageflow.rate-limits.user.burst-capacity=" + USER_BURST,
                        "--stageflow.rate-limits.tenant.replenish-rate=20",
                        "--stageflow.rate-limits.tenant.burst-capacity=40"));
        limitedUrl = "http://localhost:" + port;
    }

    @AfterAll
    static void stopIt() {
        if (limited != null) {
            limited.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void theExcessIsRefusedWith429sNothingRefusedIsStoredAndEveryoneElseIsServed() throws Exception {
        String tenant = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        StageflowClient burster = signIn(tenant, "rep-1");
        StageflowClient teammate = signIn(tenant, "rep-2");
        StageflowClient otherTenant = signIn("other-" + tenant, "rep-1");

        // One request first. A cold replica has held one of its very first concurrent POSTs until
        // the client gave up (30 s), in 5 of 7 runs; that defect is open (see docs/gateway.md,
        // "Known issues") and not what this test is about.
        assertThat(burster.send("GET", "/api/leads", null).status()).isEqualTo(200);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Response>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            sent.add(threads.submit(() -> burster.send("POST", "/api/leads", lead("rep-1"))));
        }
        // While the burst lasts, the others' requests go through.
        List<Integer> othersStatuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            othersStatuses.add(teammate.send("GET", "/api/leads", null).status());
            othersStatuses.add(otherTenant.send("GET", "/api/leads", null).status());
            Thread.sleep(100);
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            try {
                answers.add(answer.get());
            } catch (java.util.concurrent.ExecutionException e) {
                platform.dumpThreads();
                limited.dumpThreads();
                throw e;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();

        List<Response> created = answers.stream().filter(a -> a.status() == 201).toList();
        List<Response> refused = answers.stream().filter(a -> a.status() == 429).toList();
        System.out.printf(
                "[burst] %d commands from one user in %.1f s: %d created, %d refused with 429%n",
                REQUESTS, seconds, created.size(), refused.size());

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 429));
        assertThat(created.size())
                .isGreaterThanOrEqualTo(USER_BURST)
                .isLessThanOrEqualTo(USER_BURST + (int) Math.ceil(seconds * USER_RATE) + 1);
        assertThat(refused).allSatisfy(BurstIT::isAStandard429);
        assertThat(othersStatuses).containsOnly(200);

        // Exactly the accepted commands are stored, as a subscriber of the event stream sees it.
        assertThat(leadsCreatedOnTheStream(tenant, created.size())).isEqualTo(created.size());

        assertThat(platform.isHealthy()).isTrue();
        // The limit is a rate, not a ban: after the time it names, the same user is served again.
        long retryAfter = Long.parseLong(refused.get(refused.size() - 1)
                .headers()
                .firstValue("Retry-After")
                .orElseThrow());
        Thread.sleep(Duration.ofSeconds(retryAfter).toMillis());
        assertThat(burster.send("POST", "/api/leads", lead("rep-1")).status()).isEqualTo(201);
    }

    private static void isAStandard429(Response answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(429);
        assertThat(answer.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(answer.headers().firstValue("X-RateLimit-Burst-Capacity")).isPresent();
        assertThat(answer.headers().firstValue("X-RateLimit-Replenish-Rate")).isPresent();
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
    }

    private static StageflowClient signIn(String tenant, String user) {
        return StageflowClient.signIn(platform.gatewayUrl(), tenant, user, List.of("rep"), List.of("north"))
                .via(limitedUrl);
    }

    private static Map<String, Object> lead(String owner) {
        return Map.of("source", "web", "industry", "retail", "region", "EMEA", "ownerId", owner, "teamId", "north");
    }

    /** Waits for the forwarder to publish at least {@code expected}, then reports what is there. */
    private static int leadsCreatedOnTheStream(String tenant, int expected) throws InterruptedException {
        int count = 0;
        for (int attempt = 0; attempt < 30 && count < expected; attempt++) {
            count = TopicCensus.of(platform.kafkaBootstrapServers(), new TenantId(tenant))
                    .getOrDefault(EventType.LEAD_CREATED, 0);
            if (count < expected) {
                Thread.sleep(500);
            }
        }
        return count;
    }
}
