package io.stageflow.kit.axon;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;

/**
 * Appends the batches of concurrent commands together. Appends must happen one at a time (see
 * {@link AppendOrderedStorageEngine}), so under load commands queue for the insert, and one insert
 * per command bounded a service to the inverse of the store's insert latency (about 40 commands/s
 * in benchmark P6). Here, while one thread inserts, the others queue, and the next to get the lock
 * stamps and inserts everything queued in one ordered insert, so a slow insert carries as many
 * commands as arrived during the previous one.
 *
 * <p>Each command still succeeds or fails on its own: when the combined insert fails on a
 * duplicate (aggregate, sequence) — a concurrent change of one of the aggregates — the batches
 * before the failed document are stored, and the failed batch and those after it are appended
 * alone, so the conflicting command gets its own conflict and the others are stored.
 */
final class CommitGroups {
    private final Consumer<List<EventMessage<?>>> insert;
    private final UnaryOperator<EventMessage<?>> stamp;
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();

    CommitGroups(Consumer<List<EventMessage<?>>> insert, UnaryOperator<EventMessage<?>> stamp) {
        this.insert = insert;
        this.stamp = stamp;
    }

    void append(List<? extends EventMessage<?>> events) {
        Pending pending = new Pending(events);
        waiting.add(pending);
        lock.lock();
        try {
            if (!pending.isDone()) {
                commit(drain());
            }
        } finally {
            lock.unlock();
        }
        pending.rethrowFailure();
    }

    /** Batches waiting for the lock; tests use it to build a group. */
    int queued() {
        return waiting.size();
    }

    private List<Pending> drain() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = waiting.poll(); next != null; next = waiting.poll()) {
            next.stamped = next.events.stream().<EventMessage<?>>map(stamp).toList();
            group.add(next);
        }
        return group;
    }

    private void commit(List<Pending> group) {
        List<EventMessage<?>> all = new ArrayList<>();
        group.forEach(pending -> all.addAll(pending.stamped));
        try {
            insert.accept(all);
            group.forEach(Pending::succeed);
        } catch (RuntimeException failure) {
            OptionalInt failedAt = firstFailedDocument(failure);
            if (group.size() == 1 || failedAt.isEmpty()) {
                // Nothing tells which documents were stored: every command in the group learns so.
                group.forEach(pending -> pending.fail(failure));
                return;
            }
            int end = 0;
            for (Pending pending : group) {
                end += pending.stamped.size();
                if (end <= failedAt.getAsInt()) {
                    pending.succeed();
                } else {
                    insertAlone(pending);
                }
            }
        }
    }

    private void insertAlone(Pending pending) {
        try {
            insert.accept(pending.stamped);
            pending.succeed();
        } catch (RuntimeException failure) {
            pending.fail(failure);
        }
    }

    private static OptionalInt firstFailedDocument(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream()
                        .mapToInt(BulkWriteError::getIndex)
                        .min();
            }
        }
        return OptionalInt.empty();
    }

    private static final class Pending {
        private final List<? extends EventMessage<?>> events;
        private List<EventMessage<?>> stamped;
        private volatile boolean done;
        private volatile RuntimeException failure;

        Pending(List<? extends EventMessage<?>> events) {
            this.events = events;
        }

        boolean isDone() {
            return done;
        }

        void succeed() {
            done = true;
        }

        void fail(RuntimeException cause) {
            failure = cause;
            done = true;
        }

        void rethrowFailure() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
