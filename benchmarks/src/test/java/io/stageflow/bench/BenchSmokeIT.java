package io.stageflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.bench.query.Agreement;
import io.stageflow.bench.report.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CI smoke check of {@code ./stageflow bench --scale small}: the whole run on a fresh platform,
 * every goal measured, DuckDB asked the same questions as the service. No speed is asserted:
 * benchmarks print figures, they do not fail builds on them.
 */
class BenchSmokeIT {
    private static final Path OUT = Path.of("target", "benchmarks-smoke.md");

    @Test
    void theSmallRunMeasuresEveryGoalAndAsksDuckDbTheSameQuestions() throws Exception {
        BenchReport report = BenchCli.run(System.out, "--scale", "small", "--out", OUT.toString());

        assertThat(report.figures().stream().map(Figure::id).distinct())
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7");
        for (Figure figure : report.figures()) {
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
