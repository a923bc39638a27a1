package io.stageflow.bench;

import io.stageflow.bench.http.Api;
import io.stageflow.bench.http.Tokens;
import io.stageflow.bench.ingest.BareConsumer;
import io.stageflow.bench.ingest.CatchUp;
import io.stageflow.bench.ingest.ScaleOut;
import io.stageflow.bench.ingest.SizeStep;
import io.stageflow.bench.ingest.StepResult;
import io.stageflow.bench.load.CommandLoad;
import io.stageflow.bench.load.Freshness;
import io.stageflow.bench.load.GatewayOverhead;
import io.stageflow.bench.load.LoadPlan;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.SalesOrgGenerator;
import io.stageflow.bench.query.QueryBenchmark;
import io.stageflow.bench.query.QueryTiming;
import io.stageflow.bench.query.RawEvents;
import io.stageflow.bench.replay.Replay;
import io.stageflow.events.Topics;
import io.stageflow.platform.LocalPlatform;
import io.stageflow.platform.PlatformOptions;
import io.stageflow.platform.Service;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run on a fresh local platform (free ports, throw-away data). The phases run in an
 * order that keeps them apart: ingestion and heap first (P1, P7), then the queries on the loaded
 * data (P3), ingestion with two metrics-service instances (P1 scale-out), the rebuild (P4), the gateway on a quiet system (P5), freshness under load (P2), and
 * the commands last (P6).
 */
final class BenchRun {
    private static final int GATEWAY_RATE = 1_000;
    private static final int BACKGROUND_RATE = 1_000;
    private static final int COMMAND_RATE = 500;
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final Duration SETTLE = Duration.ofMinutes(2);
    /** Step C's size at most: a rate, not a size, is compared, and the full scale's step B is 900k. */
    private static final int SCALE_OUT_MAX_OPPORTUNITIES = 50_000;

    private final BenchOptions options;
    private final PrintStream out;
    private final long started = System.nanoTime();

    BenchRun(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    Measurements run(LocalPlatform platform, RawEvents duckdb) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String gatewayUrl = platform.gatewayUrl();
        String metricsUrl = platform.serviceUrl(Service.METRICS);
        String bootstrap = platform.kafkaBootstrapServers();
        int stepA = Math.max(10, options.opportunities() / 10);
        OrgSize a = OrgSize.of("bench-a", stepA);
        OrgSize b = OrgSize.of("bench-b", options.opportunities() - stepA);
        Api metrics =
                new Api(metricsUrl, Tokens.executive(gatewayUrl, b.tenant().value(), "bench-analyst"));
        CatchUp catchUp = new CatchUp(metrics, out);
        SizeStep step = new SizeStep(
                bootstrap,
                duckdb,
                catchUp,
                new SizeStep.HeapProbeTarget(platform.pid(Service.METRICS), platform.managementUrl(Service.METRICS)),
                out);

        StepResult resultA = null;
        StepResult resultB = null;
        BareConsumer.Result bare = null;
        List<QueryTiming> queries = List.of();
        Replay.Result replay = null;
        // The queries and the rebuild need the org in place; the load figures do not.
        if (options.measures("P1", "P3", "P4", "P7")) {
            phase("P1/P7 step A: a tenth of the org, then the metrics service's heap");
            resultA = step.run("step A", a, options.seed(), now);
            phase("P1/P7 step B: the rest of the org, timed from the first send to lag 0, then the heap");
            resultB = step.run("step B", b, options.seed() + 1, now);
            phase("P1 baseline: a bare consumer reading and parsing every record");
            bare = BareConsumer.readAndParse(bootstrap, Topics.ALL);
            out.printf(
                    "  [P1] bare consumer: %,d records in %.1f s, %,.0f records/s%n",
                    bare.records(), bare.seconds(), bare.perSecond());
        }
        if (options.measures("P3")) {
            queries = queries(duckdb, metrics, b, now);
        }
        // After the queries, which it would disturb; its tenant adds to what P4 replays.
        ScaleOut.Result scaleOut = options.measures("P1") ? scaleOut(platform, step, b, now) : null;
        if (options.measures("P4")) {
            replay = replay(platform);
        }
        GatewayOverhead.Result gateway = options.measures("P5") ? gateway(platform) : null;
        Freshness.Result freshness = null;
        boolean settled = true;
        if (options.measures("P2")) {
            freshness = freshness(gatewayUrl, metricsUrl, bootstrap);
            settled = settle(catchUp);
        }
        CommandLoad.Result commands = options.measures("P6") ? commands(gatewayUrl) : null;
        return new Measurements(
                resultA, resultB, bare, scaleOut, queries, replay, gateway, freshness, commands, settled);
    }

    private List<QueryTiming> queries(RawEvents duckdb, Api metrics, OrgSize b, Instant now) {
        phase("P3 queries: the metrics service and DuckDB, same questions, same parameters");
        duckdb.flush();
        out.printf("  [P3] DuckDB %s holds %,d raw events%n", duckdb.version(), duckdb.rows());
        Instant first = now.minus(SalesOrgGenerator.HISTORY);
        return new QueryBenchmark(metrics, duckdb.connection(), b, first, now, out)
                .run(options.scale().queryRequests(), options.scale().duckRuns(), options.seed());
    }

    private ScaleOut.Result scaleOut(LocalPlatform platform, SizeStep step, OrgSize b, Instant now) {
        phase("P1 scale-out: another tenant of step B's size with a second metrics-service instance");
        OrgSize c = OrgSize.of("bench-c", Math.min(b.opportunities(), SCALE_OUT_MAX_OPPORTUNITIES));
        return ScaleOut.run(platform, step, c, options.seed() + 3, now, out);
    }

    private Replay.Result replay(LocalPlatform platform) {
        phase("P4 replay: a full rebuild of the read model");
        Replay.Result replay = Replay.run(platform.managementUrl(Service.METRICS), out);
        out.printf(
                "  [P4] %,d events in %.1f s: %,.0f events/s%n", replay.events(), replay.seconds(), replay.perSecond());
        return replay;
    }

    private LoadPlan plan(int perSecond) {
        Scale scale = options.scale();
        return new LoadPlan(perSecond, scale.warmUp(), scale.loadWindow(), options.connections());
    }

    private GatewayOverhead.Result gateway(LocalPlatform platform) {
        phase("P5 gateway: GET a lead at " + GATEWAY_RATE
                + " req/s, straight to the lead service, then through the gateway");
        GatewayOverhead.Result gateway = GatewayOverhead.run(
                platform.gatewayUrl(), platform.serviceUrl(Service.LEAD), "bench-gateway", plan(GATEWAY_RATE));
        out.printf(
                "  [P5] one at a time: direct p50 %.2f ms p99 %.2f ms, gateway p50 %.2f ms p99 %.2f ms%n",
                gateway.directAlone().p50(),
                gateway.directAlone().p99(),
                gateway.gatewayAlone().p50(),
                gateway.gatewayAlone().p99());
        out.printf(
                "  [P5] direct: p50 %.2f ms p99 %.2f ms; %s%n",
                gateway.direct().latencies().p50(),
                gateway.direct().latencies().p99(),
                gateway.direct().describe());
        out.printf(
                "  [P5] gateway: p50 %.2f ms p99 %.2f ms; %s%n",
                gateway.gateway().latencies().p50(),
                gateway.gateway().latencies().p99(),
                gateway.gateway().describe());
        return gateway;
    }

    private Freshness.Result freshness(String gatewayUrl, String metricsUrl, String bootstrap) {
        phase("P2 freshness: probes through the gateway while " + BACKGROUND_RATE + " events/s flow on the topics");
        Freshness.Result freshness = Freshness.run(
                gatewayUrl,
                metricsUrl,
                bootstrap,
                "bench-probe",
                "bench-background",
                BACKGROUND_RATE,
                options.scale().freshnessWindow(),
                PROBE_INTERVAL,
                options.seed() + 2);
        out.printf(
                "  [P2] %d probes: p50 %.1f ms p99 %.1f ms max %.1f ms, %d timed out; background %,.0f events/s%n",
                freshness.probes(),
                freshness.latencies().p50(),
                freshness.latencies().p99(),
                freshness.latencies().maxMillis(),
                freshness.timedOut(),
                freshness.backgroundRate());
        return freshness;
    }

    private CommandLoad.Result commands(String gatewayUrl) {
        phase("P6 commands: create and stage-move leads through the gateway at " + COMMAND_RATE + " req/s");
        CommandLoad.Result commands = CommandLoad.run(gatewayUrl, "bench-commands", plan(COMMAND_RATE));
        out.printf(
                "  [P6] create: p50 %.2f ms p99 %.2f ms; %s%n",
                commands.create().latencies().p50(),
                commands.create().latencies().p99(),
                commands.create().describe());
        out.printf(
                "  [P6] move: p50 %.2f ms p99 %.2f ms; %s%n",
                commands.move().latencies().p50(),
                commands.move().latencies().p99(),
                commands.move().describe());
        return commands;
    }

    /** Lets the projection absorb P2's background load before P6, for at most {@link #SETTLE}. */
    private boolean settle(CatchUp catchUp) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            if (catchUp.lag() == 0) {
                return true;
            }
            sleep(Duration.ofMillis(200));
        }
        out.println("  the projection still has a lag after " + SETTLE + "; P6 runs beside it");
        return false;
    }

    /**
     * The generated log already holds every opportunity's opening, as the opportunity service would
     * have written it. Its reaction to conversions would open each one again in its own store and
     * publish a second opening: extra events and work that are no part of what is measured.
     */
    static final Map<Service, List<String>> SERVICE_ARGUMENTS = Map.of(
            Service.OPPORTUNITY, List.of("--spring.cloud.stream.bindings.leadEvents-in-0.consumer.auto-startup=false"));

    static PlatformOptions platformOptions(BenchOptions options, Path work) {
        Path data = options.fileStore() ? work.resolve("platform") : null;
        return new PlatformOptions(
                        options.repoRoot(), data, 0, 0, Map.of(), Map.of(), options.serviceJvmOptions(), true)
                .withFreshPorts();
    }

    private void phase(String title) {
        out.printf("%n== %s (at %.0f s)%n", title, (System.nanoTime() - started) / 1e9);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
