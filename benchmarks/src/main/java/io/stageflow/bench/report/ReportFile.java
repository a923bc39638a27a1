package io.stageflow.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one run's block into the report file between {@code <!-- bench:<label>:begin -->} and
 * {@code <!-- bench:<label>:end -->}: replaced where the markers are, appended where they are not,
 * and whatever else the file says left as it is.
 */
public final class ReportFile {
    private ReportFile() {}

    public static void write(Path file, String label, String block) {
        String begin = "<!-- bench:" + label + ":begin -->";
        String end = "<!-- bench:" + label + ":end -->";
        String marked = begin + "\n" + block.strip() + "\n" + end;
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            int from = text.indexOf(begin);
            int to = from < 0 ? -1 : text.indexOf(end, from);
            String updated;
            if (from >= 0 && to >= 0) {
                updated = text.substring(0, from) + marked + text.substring(to + end.length());
            } else if (text.isEmpty()) {
                updated = marked + "\n";
            } else {
                updated = text + (text.endsWith("\n") ? "\n" : "\n\n") + marked + "\n";
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
