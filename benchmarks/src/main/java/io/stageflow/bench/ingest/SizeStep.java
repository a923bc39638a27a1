package io.stageflow.bench.ingest;

import io.stageflow.bench.Progress;
import io.stageflow.bench.org.EventSink;
import io.stageflow.bench.org.GeneratedEvents;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.SalesOrgGenerator;
import io.stageflow.bench.query.RawEvents;
import java.io.PrintStream;
import java.time.Instant;

/**
 * P1 and P7 for one tenant: its org generated and published (to Kafka, and as rows to DuckDB), the
 * time until the metrics service has projected all of it, then the service's live heap.
 */
public final class SizeStep {
    private final String bootstrapServers;
    private final RawEvents duckdb;
    private final CatchUp catchUp;
    private final HeapProbeTarget heap;
    private final PrintStream out;

    /** Where the metrics service's heap is read. */
    public record HeapProbeTarget(long pid, String managementUrl) {}

    public SizeStep(String bootstrapServers, RawEvents duckdb, CatchUp catchUp, HeapProbeTarget heap, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.duckdb = duckdb;
        this.catchUp = catchUp;
        this.heap = heap;
        this.out = out;
    }

    public StepResult run(String phase, OrgSize size, long seed, Instant now) {
        out.printf(
                "  [%s] tenant %s: %,d opportunities planned (%,d leads, %,d reps in %,d teams)%n",
                phase, size.tenant(), size.opportunities(), size.leads(), size.reps(), size.teams());
        long[] firstSend = {0};
        GeneratedEvents generated;
        double publishSeconds;
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            Progress progress = new Progress(out, phase);
            long expected = Math.round(size.opportunities() * 11.0);
            EventSink sink = event -> {
                if (firstSend[0] == 0) {
                    firstSend[0] = System.nanoTime();
                }
                publisher.accept(event);
                duckdb.accept(event);
                progress.update(publisher.sent(), expected, "events published (estimated total)");
            };
            generated = new SalesOrgGenerator(size, seed, now).generate(sink);
            publisher.flush();
            publishSeconds = (System.nanoTime() - firstSend[0]) / 1e9;
        }
        out.printf(
                "  [%s] published %,d events (%,d leads, %,d opportunities, %,d won, %,d quotas) in %.1f s:"
                        + " %,.0f events/s; waiting for the projection%n",
                phase,
                generated.events(),
                generated.leads(),
                generated.opportunities(),
                generated.won(),
                generated.quotas(),
                publishSeconds,
                generated.events() / publishSeconds);
        long caughtUp = catchUp.await(phase, generated.events());
        double ingestSeconds = (caughtUp - firstSend[0]) / 1e9;
        ProjectionCounters projected = ProjectionCounters.scrape(heap.managementUrl());
        long heapBytes = HeapProbe.liveHeapBytes(heap.pid(), heap.managementUrl());
        out.printf(
                "  [%s] projected in %.1f s from the first send: %,.0f events/s; metrics-service live heap %.1f MB%n",
                phase, ingestSeconds, generated.events() / ingestSeconds, heapBytes / 1e6);
        return new StepResult(size, generated, publishSeconds, ingestSeconds, heapBytes, projected);
    }
}
