package io.stageflow.bench;

import io.stageflow.bench.ingest.ScaleOut;
import io.stageflow.bench.ingest.StepResult;
import io.stageflow.bench.load.LoadOutcome;
import io.stageflow.bench.query.Agreement;
import io.stageflow.bench.query.QueryTiming;
import io.stageflow.bench.report.Figure;
import io.stageflow.bench.report.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The run's measurements as report rows, each against its target from DESIGN.md's performance goals. */
final class ReportFigures {
    static final double INGEST_TARGET = 50_000;
    static final double INGEST_RATIO_TARGET = 0.5;
    static final double FRESHNESS_P99_TARGET_MS = 200;
    static final double QUERY_P99_TARGET_MS = 20;
    static final double QUERY_SPEEDUP_TARGET = 10;
    static final double REPLAY_EVENTS = 10_000_000;
    static final double REPLAY_SECONDS = 120;
    static final double COMMAND_P99_TARGET_MS = 20;
    static final double GATEWAY_P50_TARGET_MS = 1;
    static final double GATEWAY_P99_TARGET_MS = 5;
    /** "Flat" made checkable: ten times the opportunities may cost at most a quarter more heap. */
    static final double HEAP_GROWTH_TARGET = 1.25;

    private ReportFigures() {}

    /** @param measured the figures asked for, among those the run's phases produced */
    static List<Figure> of(Measurements m, Predicate<String> measured) {
        List<Figure> figures = new ArrayList<>();
        if (m.stepB() != null) {
            ingestion(m, figures);
        }
        if (m.scaleOut() != null) {
            scaleOut(m, figures);
        }
        if (m.freshness() != null) {
            freshness(m, figures);
        }
        m.queries().forEach(timing -> queries(timing, figures));
        if (m.replay() != null) {
            replay(m, figures);
        }
        if (m.gateway() != null) {
            gateway(m, figures);
        }
        if (m.commands() != null) {
            commands(m, figures);
        }
        if (m.stepB() != null) {
            memory(m, figures);
        }
        figures.removeIf(figure -> !measured.test(figure.id()));
        return figures;
    }

    private static void ingestion(Measurements m, List<Figure> figures) {
        StepResult b = m.stepB();
        double rate = b.ingestRate();
        double bare = m.bare().perSecond();
        double ratio = rate / bare;
        boolean producerBound = b.publishRate() < rate * 1.1;
        figures.add(Figure.of("P1", "ingestion: Kafka → up-to-date read models", rate, "events/s")
                .against(String.format("bare consumer read+parse: %,.0f events/s", bare), ratio)
                .target("≥ 50,000 events/s and ≥ 0.5× bare", rate >= INGEST_TARGET && ratio >= INGEST_RATIO_TARGET)
                .notes(String.format(
                        "%,d events of tenant %s, lag 0 %.1f s after the first send; bare consumer read %,d records"
                                + " (all topics) in %.1f s; %.1f cell writes per event (the store's write amplification)%s",
                        b.generated().events(),
                        b.size().tenant(),
                        b.ingestSeconds(),
                        m.bare().records(),
                        m.bare().seconds(),
                        b.projected().cellWritesPerEventSince(m.stepA().projected()),
                        producerBound ? "; bounded by the producer (next row)" : "")));
        figures.add(Figure.of(
                        "P1",
                        "publishing (the harness's producer, incl. generation and DuckDB rows)",
                        b.publishRate(),
                        "events/s")
                .notes(String.format(
                        "%,d events acknowledged in %.1f s", b.generated().events(), b.publishSeconds())));
    }

    private static void scaleOut(Measurements m, List<Figure> figures) {
        StepResult one = m.stepB();
        ScaleOut.Result two = m.scaleOut();
        StepResult c = two.step();
        figures.add(Figure.of("P1", "ingestion with two metrics-service instances", c.ingestRate(), "events/s")
                .against(
                        String.format("one instance: %,.0f events/s", one.ingestRate()),
                        c.ingestRate() / one.ingestRate())
                .notes(String.format(
                        "%,d events of tenant %s, lag 0 %.1f s after the first send; segments claimed at the end:"
                                + " first instance %.0f, second %.0f (one segment, ADR 0005: the second is a standby)",
                        c.generated().events(),
                        c.size().tenant(),
                        c.ingestSeconds(),
                        two.claimedByFirst(),
                        two.claimedBySecond())));
    }

    private static void freshness(Measurements m, List<Figure> figures) {
        var f = m.freshness();
        String notes = String.format(
                "%d probes, %d timed out (counted as 30 s); 1k events/s background on the topics: %,.0f events/s achieved"
                        + " (%,d events)%s",
                f.probes(),
                f.timedOut(),
                f.backgroundRate(),
                f.backgroundEvents(),
                f.waitedBefore() == 0 ? "" : "; " + f.waitedBeforeText());
        figures.add(Figure.of(
                        "P2",
                        "freshness p50: command accepted → visible in a metric",
                        f.latencies().p50(),
                        "ms")
                .notes(notes));
        figures.add(Figure.of("P2", "freshness p99", f.latencies().p99(), "ms")
                .target("≤ 200 ms", f.latencies().p99() <= FRESHNESS_P99_TARGET_MS)
                .notes(notes));
    }

    private static void queries(QueryTiming t, List<Figure> figures) {
        long differing = t.agreements().stream().filter(a -> !a.agrees()).count();
        String check = differing == 0
                ? "DuckDB agrees on " + t.agreements().size() + " figures"
                : "DuckDB DIFFERS on " + differing + " of " + t.agreements().size() + " figures";
        String notes = String.format(
                "one %s, random 1-year range; %d asks, %d errors, DuckDB %d runs; %s",
                t.dimension(),
                t.service().count(),
                t.serviceErrors(),
                t.duckdb().count(),
                check);
        double p50Ratio = t.duckdb().p50() / t.service().p50();
        double p99Ratio = t.duckdb().p99() / t.service().p99();
        figures.add(Figure.of("P3", t.question() + " query p50", t.service().p50(), "ms")
                .against("DuckDB p50 " + Format.value(t.duckdb().p50(), "ms"), p50Ratio)
                .notes(notes));
        figures.add(Figure.of("P3", t.question() + " query p99", t.service().p99(), "ms")
                .against("DuckDB p99 " + Format.value(t.duckdb().p99(), "ms"), p99Ratio)
                .target(
                        "≤ 20 ms and ≥ 10× faster than DuckDB",
                        t.service().p99() <= QUERY_P99_TARGET_MS && p99Ratio >= QUERY_SPEEDUP_TARGET)
                .notes(notes));
    }

    private static void replay(Measurements m, List<Figure> figures) {
        var r = m.replay();
        double tenMillion = REPLAY_EVENTS / r.perSecond();
        figures.add(Figure.of("P4", "replay: full rebuild time", r.seconds(), "s")
                .target(
                        "10M events ≤ 120 s",
                        r.events() >= REPLAY_EVENTS ? Boolean.valueOf(r.seconds() <= REPLAY_SECONDS) : null)
                .notes(String.format("%,d events; at this rate 10M would take %,.0f s", r.events(), tenMillion)));
        figures.add(Figure.of("P4", "replay rate", r.perSecond(), "events/s")
                .target("≥ 83,333 events/s (10M in 2 min)", r.perSecond() >= REPLAY_EVENTS / REPLAY_SECONDS));
    }

    private static void gateway(Measurements m, List<Figure> figures) {
        LoadOutcome direct = m.gateway().direct();
        LoadOutcome gateway = m.gateway().gateway();
        String notes = "direct: " + direct.describe() + "; gateway: " + gateway.describe();
        double p50 = gateway.latencies().p50() - direct.latencies().p50();
        double p99 = gateway.latencies().p99() - direct.latencies().p99();
        figures.add(Figure.of("P5", "gateway added latency p50 (GET lead, JWT, 1k req/s)", p50, "ms")
                .asDifference()
                .against(
                        String.format(
                                "direct %s, via gateway %s",
                                Format.value(direct.latencies().p50(), "ms"),
                                Format.value(gateway.latencies().p50(), "ms")),
                        gateway.latencies().p50() / direct.latencies().p50())
                .target("≤ 1 ms", p50 <= GATEWAY_P50_TARGET_MS)
                .notes(notes));
        Latencies directAlone = m.gateway().directAlone();
        Latencies gatewayAlone = m.gateway().gatewayAlone();
        String aloneNotes =
                String.format("%,d requests one at a time each way, before the 1k req/s runs", directAlone.count());
        figures.add(Figure.of("P5", "gateway added latency p99", p99, "ms")
                .asDifference()
                .against(
                        String.format(
                                "direct %s, via gateway %s",
                                Format.value(direct.latencies().p99(), "ms"),
                                Format.value(gateway.latencies().p99(), "ms")),
                        gateway.latencies().p99() / direct.latencies().p99())
                .target("≤ 5 ms", p99 <= GATEWAY_P99_TARGET_MS)
                .notes(notes));
        figures.add(Figure.of(
                        "P5",
                        "gateway added latency p50, one request at a time",
                        gatewayAlone.p50() - directAlone.p50(),
                        "ms")
                .asDifference()
                .against(
                        String.format(
                                "direct %s, via gateway %s",
                                Format.value(directAlone.p50(), "ms"), Format.value(gatewayAlone.p50(), "ms")),
                        gatewayAlone.p50() / directAlone.p50())
                .notes(aloneNotes));
        figures.add(Figure.of(
                        "P5",
                        "gateway added latency p99, one request at a time",
                        gatewayAlone.p99() - directAlone.p99(),
                        "ms")
                .asDifference()
                .against(
                        String.format(
                                "direct %s, via gateway %s",
                                Format.value(directAlone.p99(), "ms"), Format.value(gatewayAlone.p99(), "ms")),
                        gatewayAlone.p99() / directAlone.p99())
                .notes(aloneNotes));
    }

    private static void commands(Measurements m, List<Figure> figures) {
        command("create lead", m.commands().create(), m, figures);
        command("stage move", m.commands().move(), m, figures);
        commandAlone("create lead", m.commands().createAlone(), figures);
        commandAlone("stage move", m.commands().moveAlone(), figures);
    }

    private static void commandAlone(String name, Latencies alone, List<Figure> figures) {
        String notes = String.format(
                "%,d through the gateway one at a time, before the 500 req/s runs: no queueing", alone.count());
        // No target here: the goal is at 500 req/s; this row separates a command's cost from queueing.
        figures.add(
                Figure.of("P6", name + " p50, one at a time", alone.p50(), "ms").notes(notes));
        figures.add(
                Figure.of("P6", name + " p99, one at a time", alone.p99(), "ms").notes(notes));
    }

    private static void command(String name, LoadOutcome outcome, Measurements m, List<Figure> figures) {
        String notes = "through the gateway at 500 req/s: " + outcome.describe()
                + (m.caughtUpBeforeCommands() ? "" : "; the projection was still absorbing P2's load");
        figures.add(
                Figure.of("P6", name + " p50", outcome.latencies().p50(), "ms").notes(notes));
        figures.add(Figure.of("P6", name + " p99", outcome.latencies().p99(), "ms")
                .target("≤ 20 ms", outcome.latencies().p99() <= COMMAND_P99_TARGET_MS && outcome.errors() == 0)
                .notes(notes));
    }

    private static void memory(Measurements m, List<Figure> figures) {
        long opportunitiesA = m.stepA().generated().opportunities();
        long opportunitiesB = opportunitiesA + m.stepB().generated().opportunities();
        double a = m.stepA().heapBytes() / 1e6;
        double b = m.stepB().heapBytes() / 1e6;
        figures.add(
                Figure.of("P7", String.format("metrics-service heap after %,d opportunities", opportunitiesA), a, "MB")
                        .notes("live heap after a forced full GC (jcmd GC.run), jvm_memory_used_bytes{area=heap}"));
        figures.add(
                Figure.of("P7", String.format("metrics-service heap after %,d opportunities", opportunitiesB), b, "MB")
                        .against(String.format("after %,d: %s", opportunitiesA, Format.value(a, "MB")), b / a)
                        .target("flat: ≤ 1.25× for ~10× the opportunities", b / a <= HEAP_GROWTH_TARGET));
    }

    /** Every headline figure compared, for the report's list under the table. */
    static List<String> agreements(List<QueryTiming> queries) {
        List<String> lines = new ArrayList<>();
        for (QueryTiming t : queries) {
            t.agreements().stream().map(Agreement::describe).forEach(lines::add);
        }
        return lines;
    }
}
