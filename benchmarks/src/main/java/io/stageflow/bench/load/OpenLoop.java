package io.stageflow.bench.load;

import io.stageflow.bench.http.Api;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * A constant request rate, whatever the answers take (open loop, as wrk2 does it): request {@code i}
 * is due at start + i / rate and is timed from then, not from when it could be sent, so a stall
 * delays every request due during it and shows in the percentiles instead of being hidden by fewer
 * requests (coordinated omission).
 *
 * <p>The requests go over a fixed number of kept-alive connections ({@link LoadPlan#connections()}),
 * one sender thread each; a due request waits in a queue for the next free one. An earlier version
 * sent every request at its due time on a connection of its own when none was free: during a stall
 * that opened thousands of connections at once. The service's accept queue overflowed, connections
 * the kernel had accepted were reset, and Tomcat, the gateway's connection pool and the two cores
 * spent themselves on connection handling, so the run measured a connection storm of its own
 * making (103 reads/s served of 1,000, 4 of 3,000 through the gateway) rather than the platform.
 * Real clients reach a service through a bounded pool (the gateway's, a load balancer's), and
 * queueing behind it is part of the latency, which the due-time clock still counts.
 *
 * <p>2xx answers are timed. A request unanswered within its timeout, counted from when it was due,
 * is timed at its wait (a lower bound); one whose timeout passed while it waited for a connection
 * is not sent at all, as a client that gave up would not send it. Other statuses and failures are
 * counted apart, and so are requests that had to wait for a connection.
 */
public final class OpenLoop {
    /** A request whose send starts later than this after it was due waited for a connection. */
    private static final long QUEUED_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_MARGIN = Duration.ofSeconds(30);

    private OpenLoop() {}

    private record Due(long index, long at) {
        static final Due END = new Due(-1, 0);
    }

    /** @param onAnswer sees every answer, warm-up included (to collect created ids, say) */
    public static LoadOutcome run(
            LoadPlan plan, LongFunction<HttpRequest> request, Consumer<HttpResponse<String>> onAnswer) {
        long period = TimeUnit.SECONDS.toNanos(1) / plan.perSecond();
        long warmUpCount = plan.warmUpCount();
        long total = plan.total();
        LoadTally tally = new LoadTally();
        BlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < plan.connections(); c++) {
            Thread sender = new Thread(() -> sendAll(queue, request, onAnswer, warmUpCount, tally), "bench-load-" + c);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long firstMeasured = start + warmUpCount * period;
        long lateSends = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -QUEUED_NANOS) {
                lateSends++;
            }
            queue.add(new Due(i, due));
        }
        double seconds = (System.nanoTime() - firstMeasured) / 1e9;
        senders.forEach(sender -> queue.add(Due.END));
        // Every request is answered or given up within its timeout after it was due.
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.plus(STOP_MARGIN).toNanos();
        for (Thread sender : senders) {
            join(sender, deadline);
        }
        // Whatever a stuck sender has not taken yet is counted unanswered, not sent after the run.
        queue.clear();
        return tally.outcome(total - warmUpCount, seconds, firstMeasured, lateSends, plan.connections());
    }

    private static void sendAll(
            BlockingQueue<Due> queue,
            LongFunction<HttpRequest> request,
            Consumer<HttpResponse<String>> onAnswer,
            long warmUpCount,
            LoadTally tally) {
        try {
            for (Due due = queue.take(); due != Due.END; due = queue.take()) {
                send(due, request.apply(due.index()), onAnswer, due.index() >= warmUpCount ? tally : null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param tally null for a warm-up request, which is sent but not counted */
    private static void send(Due due, HttpRequest request, Consumer<HttpResponse<String>> onAnswer, LoadTally tally)
            throws InterruptedException {
        long waited = System.nanoTime() - due.at();
        if (tally != null && waited > QUEUED_NANOS) {
            tally.queued();
        }
        long patience = request.timeout().orElse(DEFAULT_TIMEOUT).toNanos();
        if (waited >= patience) {
            if (tally != null) {
                tally.timedOut(waited);
            }
            return;
        }
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(Duration.ofNanos(patience - waited))
                .build();
        try {
            HttpResponse<String> response = Api.client().send(timed, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - due.at();
            onAnswer.accept(response);
            if (tally != null) {
                tally.answered(response.statusCode(), latency);
            }
        } catch (HttpTimeoutException e) {
            if (tally != null) {
                tally.timedOut(System.nanoTime() - due.at());
            }
        } catch (IOException | RuntimeException e) {
            if (tally != null) {
                tally.failed(e);
            }
        }
    }

    private static void join(Thread sender, long deadline) {
        try {
            sender.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
