package io.stageflow.metrics.messaging;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;

/**
 * Hands records to the processor in exactly the order they were polled. Each record's tracking
 * token was computed in poll order; axon-kafka's default {@code SortedKafkaMessageBuffer} re-sorts
 * by timestamp afterwards, so with several partitions tokens go backwards and Axon skips events
 * (measured: 3–4% lost). Order across partitions carries no meaning, order within one is kept.
 */
public final class FifoKafkaMessageBuffer implements Buffer<KafkaEventMessage> {
    private static final long EXCEPTION_CHECK_MILLIS = 100;

    private final BlockingQueue<KafkaEventMessage> queue;
    private final AtomicReference<RuntimeException> fetchFailure = new AtomicReference<>();

    public FifoKafkaMessageBuffer(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public void put(KafkaEventMessage message) throws InterruptedException {
        queue.put(message);
    }

    @Override
    public void putAll(Collection<KafkaEventMessage> messages) throws InterruptedException {
        for (KafkaEventMessage message : messages) {
            queue.put(message);
        }
    }

    @Override
    public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
        throwIfFetchFailed();
        return queue.poll(timeout, unit);
    }

    @Override
    public KafkaEventMessage take() throws InterruptedException {
        KafkaEventMessage message;
        // Wake up now and then: a dead fetcher must fail the stream, not leave the processor waiting forever.
        while ((message = queue.poll(EXCEPTION_CHECK_MILLIS, TimeUnit.MILLISECONDS)) == null) {
            throwIfFetchFailed();
        }
        return message;
    }

    @Override
    public KafkaEventMessage peek() {
        throwIfFetchFailed();
        return queue.peek();
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return queue.remainingCapacity();
    }

    @Override
    public void clear() {
        queue.clear();
    }

    /** Called by the fetcher when it stops on an error; the processor then reopens the stream from its token. */
    @Override
    public void setException(RuntimeException exception) {
        fetchFailure.compareAndSet(null, exception);
    }

    private void throwIfFetchFailed() {
        RuntimeException failure = fetchFailure.get();
        if (failure != null) {
            throw failure;
        }
    }
}
