package io.stageflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.bench.query.Agreement;
import io.stageflow.bench.report.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke check of {@code ./stageflow bench --scale small}: the whole run on a fresh platform,
 * every goal measured, DuckDB asked the same questions as the service. No speed is asserted:
 * benchmarks print figures, they do not fail builds on them.
 */
class BenchSmokeIT {
    private static final Path OUT = Path.of("target", "benchmarks-smoke.md");
    /** Figures of open-loop load at a fixed rate, which this machine may not keep up with. */
    private static final Set<String> SATURABLE = Set.of("P5", "P6");

    @Test
    void theSmallRunMeasuresEveryGoalAndAsksDuckDbTheSameQuestions() throws Exception {
        BenchReport report = BenchCli.run(System.out, "--scale", "small", "--out", OUT.toString());

        assertThat(report.figures().stream().map(Figure::id).distinct())
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7");
        for (Figure figure : report.figures()) {
            if (SATURABLE.contains(figure.id()) && Double.isNaN(figure.value())) {
                // Two cores cannot always serve the goals' request rates: then no request of a window
                // is answered and the latency is n/a. The run still measured it: what was sent and how
                // each request ended must be in the row.
                assertThat(figure.notes())
                        .as("%s %s", figure.id(), figure.measure())
                        .contains("due at", "served at");
                continue;
            }
            assertThat(figure.value())
                    .as("%s %s (%s)", figure.id(), figure.measure(), figure.notes())
                    .isFinite();
            if (!figure.difference()) {
                assertThat(figure.value())
                        .as("%s %s (%s)", figure.id(), figure.measure(), figure.notes())
                        .isPositive();
            }
        }
        assertThat(report.agreements().stream().map(Agreement::question).distinct())
                .as("every query compared with DuckDB's answer")
                .containsExactlyInAnyOrder("funnel", "cycle-time", "win-rate", "pipeline", "reps");
        assertThat(Files.readString(OUT)).contains("<!-- bench:small:begin -->", "<!-- bench:small:end -->", "| P7 |");
    }
}
