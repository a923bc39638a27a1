package io.stageflow.bench;

import io.stageflow.bench.org.SalesOrgGenerator;
import io.stageflow.bench.query.RawEvents;
import io.stageflow.bench.report.Environment;
import io.stageflow.bench.report.Figure;
import io.stageflow.bench.report.ReportFile;
import io.stageflow.bench.report.ReportTable;
import io.stageflow.platform.LocalPlatform;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code ./stageflow bench}: starts the local platform, loads a generated sales org, measures the
 * performance goals (P1–P7) and prints the table; writes it into the report file too.
 */
public final class BenchCli {
    private BenchCli() {}

    public static void main(String[] args) {
        try {
            run(System.out, args);
            System.exit(0);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("The benchmark failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** The whole run; what the CI smoke test calls. */
    public static BenchReport run(PrintStream out, String... args) {
        BenchOptions options = BenchOptions.parse(args);
        long started = System.nanoTime();
        // Read now: commits made while a long run goes on are not what it measures.
        String commit = Environment.gitCommit(options.repoRoot());
        Path work = createWorkDir();
        out.printf(
                "Stageflow benchmarks, scale %s: %,d opportunities in two tenants (a tenth, then the rest),"
                        + " then a third tenant for the scale-out row; work dir %s%n",
                options.scale().label(), options.opportunities(), work);
        try {
            out.println("Starting the platform (Kafka, Mongo-wire store, 4 services)...");
            try (LocalPlatform platform =
                            LocalPlatform.start(BenchRun.platformOptions(options, work), BenchRun.SERVICE_ARGUMENTS);
                    RawEvents duckdb = RawEvents.create(work)) {
                // Interrupted (Ctrl-C), the service JVMs are stopped too rather than left running.
                Thread stop = new Thread(platform::close, "bench-stop-platform");
                Runtime.getRuntime().addShutdownHook(stop);
                try {
                    out.printf("The platform is up in %.1f s%n", (System.nanoTime() - started) / 1e9);
                    return measure(options, platform, duckdb, started, commit, out);
                } finally {
                    removeHook(stop);
                }
            }
        } finally {
            delete(work);
        }
    }

    private static BenchReport measure(
            BenchOptions options,
            LocalPlatform platform,
            RawEvents duckdb,
            long started,
            String commit,
            PrintStream out) {
        Measurements measurements = new BenchRun(options, out).run(platform, duckdb);
        List<Figure> figures = ReportFigures.of(measurements, options::measures);
        String header = header(options, measurements, duckdb, started, commit);
        List<String> agreements = ReportFigures.agreements(measurements.queries());
        String markdown = header + "\n\n" + ReportTable.markdown(figures) + "\n"
                + (agreements.isEmpty()
                        ? ""
                        : "DuckDB and the metrics service, same question and parameters (first parameter set of"
                                + " each):\n\n"
                                + String.join(
                                        "\n",
                                        agreements.stream()
                                                .map(line -> "- " + line)
                                                .toList())
                                + "\n");
        out.println();
        out.println(markdown);
        ReportFile.write(options.out(), options.label(), markdown);
        out.printf("Written to %s (block bench:%s)%n", options.out(), options.label());
        return new BenchReport(
                options.label(),
                header,
                figures,
                measurements.queries().stream()
                        .flatMap(q -> q.agreements().stream())
                        .toList(),
                markdown);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing to remove.
        }
    }

    private static String header(BenchOptions options, Measurements m, RawEvents duckdb, long started, String commit) {
        return String.format(
                "**Scale %s**, %s. %s%n%nMachine: %s. JDK: %s. Kafka: %s. MongoDB: %s (%s). Services: %s, JVM %s."
                        + " DuckDB %s (JDBC %s), HdrHistogram %s. Commit %s. Wall time of the run: %.0f s.",
                options.label(),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                org(options, m),
                Environment.machine(),
                Environment.jdk(),
                Environment.kafka(),
                Environment.mongo(),
                options.fileStore() ? "file-backed" : "in memory",
                Environment.serviceLibraries(options.repoRoot()),
                String.join(" ", options.serviceJvmOptions()),
                duckdb.version(),
                Environment.versionOf("org.duckdb.DuckDBDriver"),
                Environment.versionOf("org.HdrHistogram.Histogram"),
                commit,
                (System.nanoTime() - started) / 1e9);
    }

    private static String org(BenchOptions options, Measurements m) {
        if (m.stepB() == null) {
            return "No org loaded: only " + String.join(", ", new TreeSet<>(options.only()))
                    + " measured, open-loop loads over " + options.connections() + " connections.";
        }
        long opportunities =
                m.stepA().generated().opportunities() + m.stepB().generated().opportunities();
        long events = m.stepA().generated().events() + m.stepB().generated().events();
        return String.format(
                "%,d opportunities (%,d requested), %,d events over %d years of business time, in two tenants%s;"
                        + " open-loop loads over %d connections.",
                opportunities,
                options.opportunities(),
                events,
                SalesOrgGenerator.HISTORY.toDays() / 365,
                m.scaleOut() == null
                        ? ""
                        : String.format(
                                "; then a third of %,d events for the scale-out row",
                                m.scaleOut().step().generated().events()),
                options.connections());
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("stageflow-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temp dir left behind is no reason to fail a finished run.
        }
    }
}
