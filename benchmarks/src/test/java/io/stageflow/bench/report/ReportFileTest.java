package io.stageflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileThenReplacesOnlyItsOwnBlock() throws Exception {
        Path file = dir.resolve("docs/benchmarks.md");
        ReportFile.write(file, "small", "first");
        Files.writeString(file, "# Benchmarks\n\nProse above.\n\n" + Files.readString(file) + "\nProse below.\n");
        ReportFile.write(file, "full", "big run");
        ReportFile.write(file, "small", "second");

        assertThat(Files.readString(file))
                .isEqualTo("# Benchmarks\n\nProse above.\n\n"
                        + "<!-- bench:small:begin -->\nsecond\n<!-- bench:small:end -->\n"
                        + "\nProse below.\n\n"
                        + "<!-- bench:full:begin -->\nbig run\n<!-- bench:full:end -->\n");
    }
}
