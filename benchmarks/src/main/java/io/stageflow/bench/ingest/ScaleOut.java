package io.stageflow.bench.ingest;

import io.stageflow.bench.org.OrgSize;
import io.stageflow.platform.LocalPlatform;
import io.stageflow.platform.Service;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * P1 with two metrics-service instances: a second one started beside the first (sharing broker and
 * store, as a Kubernetes replica would), then another tenant of the same size as the measured step
 * published and projected. Its rate next to the one-instance rate is what a replica adds; the
 * instances' {@code stageflow.projection.segments.claimed} gauges say which of them did the work.
 */
public final class ScaleOut {
    private static final String CLAIMED = "stageflow_projection_segments_claimed";

    private ScaleOut() {}

    /**
     * @param claimedByFirst segments the first instance held at the end, and {@code claimedBySecond} the replica's
     */
    public record Result(StepResult step, double claimedByFirst, double claimedBySecond) {}

    public static Result run(
            LocalPlatform platform, SizeStep step, OrgSize size, long seed, Instant now, PrintStream out) {
        try (LocalPlatform.Replica replica = platform.startReplica(Service.METRICS, "metrics-service-2", List.of())) {
            out.printf("  [step C] a second metrics service is up (pid %d)%n", replica.pid());
            StepResult result = step.run("step C", size, seed, now);
            double first = claimed(platform.managementUrl(Service.METRICS));
            double second = claimed(replica.managementUrl());
            out.printf("  [step C] segments claimed: first instance %.0f, second instance %.0f%n", first, second);
            return new Result(result, first, second);
        }
    }

    private static double claimed(String managementUrl) {
        return Prometheus.sum(Prometheus.scrape(managementUrl), CLAIMED, "processor=\"kpi-projection\"");
    }
}
