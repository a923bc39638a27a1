package io.stageflow.bench.ingest;

import io.stageflow.bench.org.EventSink;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.cloudevents.SalesEventCodec;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes events to the contract topics exactly as the services' forwarders do (the contract's codec,
 * keyed by aggregate id, idempotent, acks from all replicas), with large batches: a bulk import.
 */
public final class EventPublisher implements EventSink, AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long sent;

    public EventPublisher(String bootstrapServers) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BUFFER_MEMORY_CONFIG,
                        128L * 1024 * 1024,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "none"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Override
    public void accept(EventEnvelope event) {
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("Kafka refused an event: " + failed.getMessage(), failed);
        }
        sent++;
        producer.send(SalesEventCodec.encode(event), (metadata, e) -> {
            if (e == null) {
                acknowledged.incrementAndGet();
            } else {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until Kafka acknowledged everything sent so far. */
    public void flush() {
        producer.flush();
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("Kafka refused an event: " + failed.getMessage(), failed);
        }
    }

    public long sent() {
        return sent;
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
