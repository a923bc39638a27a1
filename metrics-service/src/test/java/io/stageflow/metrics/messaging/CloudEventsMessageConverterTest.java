package io.stageflow.metrics.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stageflow.events.EventEnvelope;
import io.stageflow.events.Topics;
import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.support.SampleJourneys;
import io.stageflow.metrics.support.SampleJourneys.End;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

class CloudEventsMessageConverterTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CloudEventsMessageConverter converter =
            new CloudEventsMessageConverter(meters, "kpi-projection", List.of(Topics.LEAD_EVENTS));
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void mapsACloudEventToADomainEventMessageOfTheContractEvent() {
        EventEnvelope envelope = SampleJourneys.journey(
                        new TenantId("acme"), "lead-9", Instant.parse("2026-01-05T10:00:00Z"), 1, End.OPEN)
                .get(1);

        ProducerRecord<String, byte[]> record = SalesEventCodec.encode(envelope);
        record.headers().add("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8));

        Optional<EventMessage<?>> message = converter.readKafkaMessage(consumed(record));

        assertThat(message).get().isInstanceOfSatisfying(DomainEventMessage.class, domain -> {
            assertThat(domain.getPayload()).isEqualTo(envelope.event());
            assertThat(domain.getAggregateIdentifier()).isEqualTo("lead-9");
            assertThat(domain.getSequenceNumber()).isEqualTo(1);
            assertThat(domain.getIdentifier()).isEqualTo(envelope.eventId());
            assertThat(domain.getTimestamp()).isEqualTo(envelope.recordedAt());
            assertThat(domain.getMetaData())
                    .containsEntry(CloudEventsMessageConverter.TENANT, "acme")
                    .containsEntry(CloudEventsMessageConverter.KAFKA_TOPIC, Topics.LEAD_EVENTS)
                    .containsEntry(CloudEventsMessageConverter.KAFKA_PARTITION, 0)
                    .containsEntry(CloudEventsMessageConverter.KAFKA_OFFSET, 7L)
                    // The trace of the command that caused it, e.g. for a parked event's log line.
                    .containsEntry("traceparent", TRACEPARENT);
            assertThat(CloudEventsMessageConverter.positionOf(domain))
                    .contains(new KafkaPosition(Topics.LEAD_EVENTS, 0, 7));
        });
        assertThat(meters.get(CloudEventsMessageConverter.REJECTED_METER)
                        .tag("topic", Topics.LEAD_EVENTS)
                        .counter()
                        .count())
                .as("shown at 0 from the start, so that an alert on its increase has a series")
                .isZero();
        assertThat(meters.get("stageflow.events.consumed")
                        .tags("topic", Topics.LEAD_EVENTS, "consumer", "kpi-projection")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aRecordThatIsNoEventIsCountedAndPassedOnAsRejectedInsteadOfDropped() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>("lead-topic", 2, 41, "k", "{not json".getBytes());

        Optional<EventMessage<?>> message = converter.readKafkaMessage(garbage);

        assertThat(message)
                .get()
                .extracting(EventMessage::getPayload)
                .isInstanceOfSatisfying(RejectedRecord.class, r -> {
                    assertThat(r.topic()).isEqualTo("lead-topic");
                    assertThat(r.partition()).isEqualTo(2);
                    assertThat(r.offset()).isEqualTo(41);
                    assertThat(r.reason()).contains("not a binary-mode CloudEvent");
                });
        assertThat(meters.get(CloudEventsMessageConverter.REJECTED_METER)
                        .tag("topic", "lead-topic")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> record) {
        return new ConsumerRecord<>(
                record.topic(),
                0,
                7,
                0L,
                TimestampType.CREATE_TIME,
                0,
                record.value().length,
                record.key(),
                record.value(),
                record.headers(),
                Optional.empty());
    }
}
