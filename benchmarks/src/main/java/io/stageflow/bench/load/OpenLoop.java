package io.stageflow.bench.load;

import io.stageflow.bench.Latencies;
import io.stageflow.bench.http.Api;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * A constant request rate, whatever the answers take (open loop): request {@code i} is due at
 * start + i / rate and sent then, without waiting for earlier answers. Its latency is counted from
 * when it was due, so a stall delays every request due during it and shows in the percentiles
 * instead of being hidden by fewer requests (coordinated omission). 2xx answers are timed, and so
 * are requests that timed out, at their wait (a lower bound); other statuses and failures are
 * counted apart.
 */
public final class OpenLoop {
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private OpenLoop() {}

    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param warmUp sent at the same rate before the window, not measured
     * @param onAnswer sees every answer, warm-up included (to collect created ids, say)
     */
    public static LoadOutcome run(
            int perSecond,
            Duration warmUp,
            Duration window,
            LongFunction<HttpRequest> request,
            Consumer<HttpResponse<String>> onAnswer) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long warmUpCount = warmUp.toMillis() * perSecond / 1000;
        long total = warmUpCount + window.toMillis() * perSecond / 1000;
        Latencies latencies = new Latencies();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        LongAdder timedOut = new LongAdder();
        LongAdder ok = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicLong lateSends = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        CountDownLatch answered = new CountDownLatch((int) total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long firstMeasured = start + warmUpCount * period;
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -TimeUnit.MILLISECONDS.toNanos(1)) {
                lateSends.incrementAndGet();
            }
            boolean measured = i >= warmUpCount;
            Api.client()
                    .sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long latency = System.nanoTime() - due;
                        try {
                            if (error != null) {
                                if (measured && isTimeout(error)) {
                                    // Dropping it would hide the slowest requests: it counts at its wait.
                                    latencies.record(latency);
                                    timedOut.increment();
                                } else if (measured) {
                                    failures.increment();
                                    firstFailure.compareAndSet(null, error.toString());
                                }
                                return;
                            }
                            onAnswer.accept(response);
                            if (!measured) {
                                return;
                            }
                            if (response.statusCode() / 100 == 2) {
                                latencies.record(latency);
                                ok.increment();
                                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                            } else {
                                statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder())
                                        .increment();
                            }
                        } finally {
                            answered.countDown();
                        }
                    });
        }
        double seconds = (System.nanoTime() - firstMeasured) / 1e9;
        try {
            if (!answered.await(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                firstFailure.compareAndSet(null, answered.getCount() + " requests unanswered after " + DRAIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Map<Integer, Long> others = new TreeMap<>();
        statuses.forEach((status, count) -> others.put(status, count.sum()));
        long measuredCount = total - warmUpCount;
        double answering = Math.max(seconds, (lastAnswer.get() - firstMeasured) / 1e9);
        return new LoadOutcome(
                latencies,
                measuredCount,
                measuredCount / Math.max(seconds, 1e-9),
                ok.sum(),
                ok.sum() / Math.max(answering, 1e-9),
                others,
                timedOut.sum(),
                failures.sum() + answered.getCount(),
                firstFailure.get(),
                lateSends.get(),
                0);
    }
}
