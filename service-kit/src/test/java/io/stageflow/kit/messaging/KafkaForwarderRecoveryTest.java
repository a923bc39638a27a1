package io.stageflow.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stageflow.events.Dimensions;
import io.stageflow.events.Topics;
import io.stageflow.events.ids.LeadId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.lead.LeadCreated;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A producer the broker stopped acknowledging is discarded, and the retried batch goes out on a new
 * one. Before, one idempotent producer retried an out-of-order batch forever and nothing more
 * reached Kafka from that service.
 */
class KafkaForwarderRecoveryTest {
    private final List<MockProducer<String, byte[]>> created = new ArrayList<>();
    private final List<Boolean> acknowledging = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KafkaForwarder forwarder = new KafkaForwarder(
            () -> {
                boolean acks = acknowledging.isEmpty() || acknowledging.remove(0);
                var producer = new MockProducer<>(acks, new StringSerializer(), new ByteArraySerializer());
                created.add(producer);
                return producer;
            },
            URI.create("/stageflow/test"),
            Duration.ofMillis(300),
            meters);

    @Test
    void aBatchThatIsNeverAcknowledgedFailsAndTheRetryGoesOutOnANewProducer() throws Exception {
        acknowledging.addAll(List.of(false, true));
        DomainEventMessage<?> event = leadCreated();

        assertThatThrownBy(() -> forward(event)).isInstanceOf(TimeoutException.class);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).closed()).as("the stuck producer is closed").isTrue();

        forward(event);
        assertThat(created).hasSize(2);
        assertThat(created.get(1).history()).singleElement().satisfies(record -> assertThat(record.key())
                .isEqualTo(event.getAggregateIdentifier()));
        assertThat(meters.counter(KafkaForwarder.PRODUCER_RESETS).count()).isEqualTo(1.0);
    }

    @Test
    void aBatchKafkaDoesNotTakeShowsAsAGrowingUnpublishedAgeUntilItsRetryIsAcknowledged() throws Exception {
        acknowledging.addAll(List.of(false, true));
        DomainEventMessage<?> event = leadCreated();

        assertThatThrownBy(() -> forward(event)).isInstanceOf(TimeoutException.class);
        double stuck =
                meters.get("stageflow.forwarder.unpublished.age").timeGauge().value(TimeUnit.MILLISECONDS);
        assertThat(stuck).as("the event's age since it was stored").isGreaterThan(0);
        assertThat(meters.find("stageflow.events.published").counter()).isNull();

        forward(event);
        assertThat(meters.get("stageflow.forwarder.unpublished.age").timeGauge().value())
                .isZero();
        assertThat(meters.get("stageflow.events.published")
                        .tag("topic", Topics.LEAD_EVENTS)
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("stageflow.forwarder.last.publish").gauge().value())
                .isCloseTo(Instant.now().getEpochSecond(), within(5.0));
    }

    @Test
    void anOutOfOrderSequenceAnswerDiscardsTheProducerToo() throws Exception {
        acknowledging.addAll(List.of(false, true));
        DomainEventMessage<?> event = leadCreated();
        CompletableFuture.runAsync(
                () -> {
                    while (created.isEmpty() || created.get(0).history().isEmpty()) {
                        Thread.onSpinWait();
                    }
                    created.get(0)
                            .errorNext(new OutOfOrderSequenceException("0 (incoming seq. number), 1 (current end)"));
                },
                CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS));

        assertThatThrownBy(() -> forward(event))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(OutOfOrderSequenceException.class);
        assertThat(created.get(0).closed()).isTrue();

        forward(event);
        assertThat(created.get(1).history()).hasSize(1);
    }

    @Test
    void aHealthyProducerIsKeptAcrossBatches() throws Exception {
        forward(leadCreated());
        forward(leadCreated());

        assertThat(created).singleElement().satisfies(producer -> {
            assertThat(producer.history()).hasSize(2);
            assertThat(producer.closed()).isFalse();
        });
        forwarder.close();
        assertThat(created.get(0).closed()).isTrue();
    }

    private void forward(DomainEventMessage<?> message) throws Exception {
        DefaultUnitOfWork<DomainEventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            forwarder.forward((LeadCreated) message.getPayload(), message);
            unitOfWork.commit();
        } catch (Exception e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    private static DomainEventMessage<?> leadCreated() {
        TenantId tenant = new TenantId("acme");
        LeadId lead = LeadId.random();
        var dimensions = new Dimensions("webinar", "software", "EMEA", "rep-1", "team-1");
        return new GenericDomainEventMessage<>(
                "Lead",
                lead.value(),
                0,
                new LeadCreated(tenant, lead, Instant.parse("2026-05-01T10:00:00Z"), "NEW", dimensions),
                Map.of(),
                UUID.randomUUID().toString(),
                Instant.now().minusSeconds(1));
    }
}
