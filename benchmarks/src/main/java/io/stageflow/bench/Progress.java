package io.stageflow.bench;

import java.io.PrintStream;

/** A line every few seconds during a long phase: how far, how fast, how long still. */
public final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String phase;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    public Progress(PrintStream out, String phase) {
        this.out = out;
        this.phase = phase;
    }

    /** Prints when due; {@code total} ≤ 0 when unknown. */
    public void update(long done, long total, String what) {
        long now = System.nanoTime();
        if (now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format(", ETA %.0f s", (total - done) / rate) : "";
        String of = total > 0 ? String.format(" / %,d", total) : "";
        out.printf("  [%s] %,d%s %s, %,.0f/s%s (%.0f s)%n", phase, done, of, what, rate, eta, seconds);
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
