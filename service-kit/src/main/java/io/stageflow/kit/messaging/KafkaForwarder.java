package io.stageflow.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.cloudevents.SalesEventCodec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the service's own event store to Kafka, at least once. The event store is the outbox:
 * commands only append to it, and this handler, in a streaming processor over that store, sends a
 * batch and waits for every acknowledgement <em>before</em> the batch completes. That order matters:
 * Axon's pooled processor stores its token in prepare-commit, ahead of any prepare-commit hook a
 * handler could add (axon-kafka's KafkaPublisher waits there), and with MongoDB there is no
 * transaction to roll the token back. Waiting on the batch's last message keeps the token behind
 * the acknowledgements; a failed send fails the batch, which is then retried from the stored token.
 *
 * <p>A batch that failed also discards its producer. An idempotent producer that the broker answered
 * with {@code OutOfOrderSequenceException} (seen after a broker restart) retries that send for as long
 * as it lives, and every later send queues behind it: the forwarder was stuck for good. The retry
 * starts on a new producer (a new producer id, sequences from zero) and sends the batch again;
 * consumers drop what arrives twice by event id and aggregate sequence (docs/reliability.md).
 */
@ProcessingGroup(KafkaForwarder.PROCESSING_GROUP)
public class KafkaForwarder implements AutoCloseable {
    public static final String PROCESSING_GROUP = "kafka-forwarder";
    public static final String PRODUCER_RESETS = ForwarderMeters.PRODUCER_RESETS;
    private static final Logger log = LoggerFactory.getLogger(KafkaForwarder.class);
    private static final String PENDING = KafkaForwarder.class.getName() + ".pending";

    private final Supplier<Producer<String, byte[]>> producers;
    private final URI source;
    private final Duration ackTimeout;
    private final ForwarderMeters meters;
    private Producer<String, byte[]> producer;

    public KafkaForwarder(
            Supplier<Producer<String, byte[]>> producers, URI source, Duration ackTimeout, MeterRegistry meters) {
        this.producers = producers;
        this.source = source;
        this.ackTimeout = ackTimeout;
        this.meters = new ForwarderMeters(meters, Clock.systemUTC());
    }

    @EventHandler
    void forward(SalesEvent event, DomainEventMessage<?> message) throws Exception {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<Future<RecordMetadata>> pending = unitOfWork.getOrComputeResource(PENDING, key -> new ArrayList<>());
        try {
            ProducerRecord<String, byte[]> record = SalesEventCodec.encode(EventEnvelopes.of(message, source));
            TraceHeaders.copy(message.getMetaData(), record.headers());
            meters.sending(message.getTimestamp());
            pending.add(producer().send(record));
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                awaitAcknowledgements(pending);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            discardProducer(e);
            throw e;
        }
    }

    /** The producer of the batches since the last failure; one processor thread calls it. */
    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private synchronized void discardProducer(Exception cause) {
        if (producer != null) {
            log.warn(
                    "Kafka did not acknowledge a batch ({}); the batch is retried on a new producer", cause.toString());
            producer.close(Duration.ZERO);
            producer = null;
            meters.producerReset();
        }
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> pending)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<String> topics = new ArrayList<>(pending.size());
        for (Future<RecordMetadata> ack : pending) {
            topics.add(ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .topic());
        }
        pending.clear();
        meters.acknowledged(topics);
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(ackTimeout);
            producer = null;
        }
    }
}
