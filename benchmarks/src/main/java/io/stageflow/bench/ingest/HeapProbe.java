package io.stageflow.bench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A service's live heap: a full collection forced with {@code jcmd <pid> GC.run}, then the heap in
 * use as its own Micrometer gauges report it ({@code jvm_memory_used_bytes{area="heap"}}, summed
 * over the pools) on its management port.
 */
public final class HeapProbe {
    private HeapProbe() {}

    public static long liveHeapBytes(long pid, String managementUrl) {
        collect(pid);
        String scraped = Prometheus.scrape(managementUrl);
        double heap = Prometheus.sum(scraped, "jvm_memory_used_bytes", "area=\"heap\"");
        if (heap <= 0) {
            throw new IllegalStateException("no heap gauge on " + managementUrl + "/actuator/prometheus: "
                    + scraped.substring(0, Math.min(300, scraped.length())));
        }
        return (long) heap;
    }

    private static void collect(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.run failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
