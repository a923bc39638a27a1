package io.stageflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.platform.demo.DemoPlan;
import io.stageflow.platform.demo.DemoSalesOrg;
import io.stageflow.platform.demo.Freshness;
import io.stageflow.platform.demo.StageflowClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code ./stageflow up [--demo] [--data-dir DIR]}: the whole platform on this machine until Ctrl-C. */
public final class StageflowCli {
    private static final String DEMO_FUNNEL =
            "/api/metrics/funnel?from=2026-07-01&to=2026-10-01&stages=NEW,CONTACTED,NEEDS_ANALYSIS,PROPOSAL,WON";

    private StageflowCli() {}

    public static void main(String[] args) throws InterruptedException {
        CliArguments arguments = CliArguments.parse(args);
        long started = System.nanoTime();
        System.out.println("Starting Stageflow (Kafka, Mongo-wire store, 4 services); data in " + arguments.dataDir());
        LocalPlatform platform = LocalPlatform.start(PlatformOptions.local(arguments.repoRoot(), arguments.dataDir()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Stageflow...");
            platform.close();
            stopped.countDown();
        }));
        System.out.printf(
                "Stageflow is up in %.1f s: gateway on %s%n",
                (System.nanoTime() - started) / 1e9, platform.gatewayUrl());
        if (arguments.demo()) {
            loadDemo(platform.gatewayUrl());
        }
        System.out.println(Banner.text(platform.gatewayUrl()));
        stopped.await();
    }

    private static void loadDemo(String gatewayUrl) {
        StageflowClient client =
                StageflowClient.signIn(gatewayUrl, "demo", "demo-admin", List.of("executive", "admin"));
        Freshness.awaitCaughtUp(client, Duration.ofSeconds(120));
        JsonNode funnel = client.get(DEMO_FUNNEL);
        // The data survives restarts: loading the demo twice would double its funnel.
        if (funnel.path("stages").path(0).path("count").asLong() > 0) {
            System.out.println("The demo sales org is already loaded (tenant 'demo').");
        } else {
            System.out.println("Loading the demo sales org (tenant 'demo', 2026-Q3)...");
            new DemoSalesOrg(client, System.out).load(DemoPlan.journeys());
            Freshness.awaitCaughtUp(client, Duration.ofSeconds(120));
            funnel = client.get(DEMO_FUNNEL);
        }
        System.out.println("Demo funnel (tenant 'demo', 2026-Q3):");
        for (JsonNode stage : funnel.path("stages")) {
            System.out.printf(
                    "  %-15s %5d   %s%n",
                    stage.path("stage").asText(),
                    stage.path("count").asLong(),
                    stage.path("conversionFromPrevious").isNull()
                            ? "-"
                            : String.format(
                                    "%.1f%%",
                                    100 * stage.path("conversionFromPrevious").asDouble()));
        }
    }

    record CliArguments(Path repoRoot, Path dataDir, boolean demo) {
        static CliArguments parse(String[] args) {
            Path root = Path.of(System.getProperty("stageflow.root", "."))
                    .toAbsolutePath()
                    .normalize();
            Path data = root.resolve(".stageflow");
            boolean demo = false;
            boolean up = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "up" -> up = true;
                    case "--demo" -> demo = true;
                    case "--data-dir" -> data = Path.of(args[++i]).toAbsolutePath();
                    default -> usage("unknown argument: " + args[i]);
                }
            }
            if (!up) {
                usage("nothing to do");
            }
            return new CliArguments(root, data, demo);
        }

        private static void usage(String problem) {
            System.err.println(problem + "\nusage: ./stageflow up [--demo] [--data-dir DIR]");
            System.exit(2);
        }
    }
}
