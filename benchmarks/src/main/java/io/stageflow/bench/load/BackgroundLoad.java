package io.stageflow.bench.load;

import io.stageflow.bench.ingest.EventPublisher;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.SalesOrgGenerator;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Events of another generated tenant published straight to the topics at a constant rate, in a
 * thread of its own, until stopped: the traffic the freshness probes have to get through.
 */
final class BackgroundLoad implements AutoCloseable {
    private final Thread thread;
    private final int perSecond;
    private volatile boolean stopped;
    private volatile long sent;
    private volatile long startedAt;
    private volatile long stoppedAt;
    private volatile RuntimeException failure;

    BackgroundLoad(String bootstrapServers, String tenant, int perSecond, long seed) {
        this.perSecond = perSecond;
        // Far more than any window needs; the generator stops when the load does.
        OrgSize size = OrgSize.of(tenant, 1_000_000);
        this.thread = new Thread(() -> publish(bootstrapServers, size, seed), "bench-background-load");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void publish(String bootstrapServers, OrgSize size, long seed) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            startedAt = System.nanoTime();
            new SalesOrgGenerator(size, seed, Instant.now()).generate(event -> {
                if (stopped) {
                    throw new Stop();
                }
                long wait = startedAt + sent * period - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                publisher.accept(event);
                sent++;
            });
        } catch (Stop done) {
            // Asked to stop: the events published so far are the load.
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            stoppedAt = System.nanoTime();
        }
    }

    /** Events per second actually published. */
    double achievedRate() {
        long end = stoppedAt == 0 ? System.nanoTime() : stoppedAt;
        return sent / ((end - startedAt) / 1e9);
    }

    long sent() {
        return sent;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("background load failed: " + failure.getMessage(), failure);
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
