package io.stageflow.kit.messaging;

import io.stageflow.events.SalesEvent;
import io.stageflow.events.cloudevents.SalesEventCodec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Publishes the service's own event store to Kafka, at least once. The event store is the outbox:
 * commands only append to it, and this handler, in a streaming processor over that store, sends a
 * batch and waits for every acknowledgement <em>before</em> the batch completes. That order matters:
 * Axon's pooled processor stores its token in prepare-commit, ahead of any prepare-commit hook a
 * handler could add (axon-kafka's KafkaPublisher waits there), and with MongoDB there is no
 * transaction to roll the token back. Waiting on the batch's last message keeps the token behind
 * the acknowledgements; a failed send fails the batch, which is then retried from the stored token.
 */
@ProcessingGroup(KafkaForwarder.PROCESSING_GROUP)
public class KafkaForwarder {
    public static final String PROCESSING_GROUP = "kafka-forwarder";
    private static final String PENDING = KafkaForwarder.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final URI source;
    private final Duration ackTimeout;

    public KafkaForwarder(Producer<String, byte[]> producer, URI source, Duration ackTimeout) {
        this.producer = producer;
        this.source = source;
        this.ackTimeout = ackTimeout;
    }

    @EventHandler
    void forward(SalesEvent event, DomainEventMessage<?> message) throws Exception {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Future<RecordMetadata>> pending = unitOfWork.getOrComputeResource(PENDING, key -> new ArrayList<>());
        pending.add(producer.send(SalesEventCodec.encode(EventEnvelopes.of(message, source))));
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            awaitAcknowledgements(pending);
        }
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> pending)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Future<RecordMetadata> ack : pending) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        pending.clear();
    }
}
