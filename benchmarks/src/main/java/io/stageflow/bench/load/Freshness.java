package io.stageflow.bench.load;

import io.stageflow.bench.Latencies;
import io.stageflow.bench.http.Api;
import io.stageflow.bench.http.Tokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.locks.LockSupport;

/**
 * P2: how long a command takes to show in the metrics while other tenants' events flow at a
 * constant rate. A probe creates a lead through the gateway in a tenant of its own, then asks the
 * metrics service (straight) for that tenant's funnel every few milliseconds until the new lead is
 * counted. Its latency runs from the gateway's 201 to the answer that counts it (the answer's
 * arrival: an upper bound, by at most one poll). Probes run one after another, one started every
 * {@code interval} at most.
 */
public final class Freshness {
    private static final Duration POLL = Duration.ofMillis(3);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private Freshness() {}

    /** {@code waitedBefore}: seconds the gateway and lead service took to drain an earlier run's backlog. */
    public record Result(
            Latencies latencies,
            int probes,
            int timedOut,
            double backgroundRate,
            long backgroundEvents,
            double waitedBefore) {
        public String waitedBeforeText() {
            return Backlog.describe(waitedBefore);
        }
    }

    public static Result run(
            String gatewayUrl,
            String metricsUrl,
            String bootstrapServers,
            String probeTenant,
            String backgroundTenant,
            int backgroundPerSecond,
            Duration window,
            Duration interval,
            long seed) {
        String token = Tokens.executive(gatewayUrl, probeTenant, "bench-probe");
        Api gateway = new Api(gatewayUrl, token);
        Api metrics = new Api(metricsUrl, token);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String funnel = "/api/metrics/funnel?stages=NEW&from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
        Latencies latencies = new Latencies();
        int timedOut = 0;
        int probes = 0;
        try (BackgroundLoad background =
                new BackgroundLoad(bootstrapServers, backgroundTenant, backgroundPerSecond, seed)) {
            String lead = gateway.postJson("/api/leads", LoadUsers.lead(0))
                    .path("leadId")
                    .asText();
            double waited = Backlog.drain(gateway, "/api/leads/" + lead);
            // One unmeasured probe first: the tenant's first lead creates its pipeline and warms the paths.
            visibleAfter(gateway, metrics, funnel, count(metrics, funnel) + 1);
            long counted = count(metrics, funnel);
            background.start();
            long start = System.nanoTime();
            long end = start + window.toNanos();
            for (long next = start; System.nanoTime() < end; next += interval.toNanos()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long latency = visibleAfter(gateway, metrics, funnel, counted + 1);
                counted++;
                probes++;
                if (latency < 0) {
                    timedOut++;
                    latencies.record(PROBE_TIMEOUT.toNanos());
                    counted = count(metrics, funnel);
                } else {
                    latencies.record(latency);
                }
            }
            background.close();
            return new Result(latencies, probes, timedOut, background.achievedRate(), background.sent(), waited);
        }
    }

    /** Creates a lead and waits until the funnel counts {@code expected}: nanoseconds from the 201, or -1. */
    private static long visibleAfter(Api gateway, Api metrics, String funnel, long expected) {
        gateway.postJson("/api/leads", LoadUsers.lead(expected));
        long accepted = System.nanoTime();
        long deadline = accepted + PROBE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(metrics, funnel) >= expected) {
                return System.nanoTime() - accepted;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return -1;
    }

    private static long count(Api metrics, String funnel) {
        return metrics.getJson(funnel).path("stages").path(0).path("count").asLong();
    }
}
