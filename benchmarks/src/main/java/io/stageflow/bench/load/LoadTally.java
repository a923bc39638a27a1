package io.stageflow.bench.load;

import io.stageflow.bench.Latencies;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the senders of one open-loop run saw, request by request, from several threads. Only
 * requests of the measured window count; latencies are from when each request was due.
 */
final class LoadTally {
    private final Latencies latencies = new Latencies();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder finished = new LongAdder();
    private final LongAdder queued = new LongAdder();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final AtomicLong lastAnswer = new AtomicLong();

    /** The request waited for a free connection before it could be sent. */
    void queued() {
        queued.increment();
    }

    void answered(int status, long latencyNanos) {
        if (status / 100 == 2) {
            latencies.record(latencyNanos);
            ok.increment();
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
        } else {
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
        finished.increment();
    }

    /** Dropping it would hide the slowest requests: it counts at its wait, a lower bound. */
    void timedOut(long waitedNanos) {
        latencies.record(waitedNanos);
        timedOut.increment();
        finished.increment();
    }

    void failed(Throwable error) {
        failures.increment();
        firstFailure.compareAndSet(null, error.toString());
        finished.increment();
    }

    /**
     * @param sendingSeconds from the window's first due time to the last send
     * @param firstMeasured when the window's first request was due
     */
    LoadOutcome outcome(long measured, double sendingSeconds, long firstMeasured, long lateSends, int connections) {
        long unanswered = measured - finished.sum();
        if (unanswered > 0) {
            firstFailure.compareAndSet(null, unanswered + " requests were still unanswered when the senders stopped");
        }
        Map<Integer, Long> others = new TreeMap<>();
        statuses.forEach((status, count) -> others.put(status, count.sum()));
        double answering = Math.max(sendingSeconds, (lastAnswer.get() - firstMeasured) / 1e9);
        return new LoadOutcome(
                latencies,
                measured,
                measured / Math.max(sendingSeconds, 1e-9),
                ok.sum(),
                ok.sum() / Math.max(answering, 1e-9),
                others,
                timedOut.sum(),
                failures.sum() + Math.max(0, unanswered),
                firstFailure.get(),
                lateSends,
                connections,
                queued.sum(),
                0,
                null);
    }
}
