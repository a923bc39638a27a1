package io.stageflow.events;

import static io.stageflow.events.SampleEvents.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageflow.events.cloudevents.SalesEventCodec;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.opportunity.OpportunityWon;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

class SalesEventCodecTest {

    @Test
    void everyEventTypeRoundTripsThroughAKafkaRecord() {
        assertThat(SampleEvents.oneOfEach().stream().map(EventType::of).distinct())
                .containsExactlyInAnyOrder(EventType.values());
        for (SalesEvent event : SampleEvents.oneOfEach()) {
            EventEnvelope sent = envelope(event, 3);
            EventEnvelope received = SalesEventCodec.decode(consumed(SalesEventCodec.encode(sent)));
            assertThat(received).isEqualTo(sent);
        }
    }

    @Test
    void recordIsABinaryModeCloudEventKeyedByAggregate() {
        EventEnvelope sent = envelope(SampleEvents.oneOfEach().get(4), 0);
        ProducerRecord<String, byte[]> record = SalesEventCodec.encode(sent);

        assertThat(record.topic()).isEqualTo(Topics.OPPORTUNITY_EVENTS);
        assertThat(record.key()).isEqualTo("opp-1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("stageflow.opportunity.opened.v1");
        assertThat(header(record, "ce_id")).isEqualTo(sent.eventId());
        assertThat(header(record, "ce_subject")).isEqualTo("opp-1");
        assertThat(header(record, "ce_time")).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(header(record, "ce_tenantid")).isEqualTo("acme");
        assertThat(header(record, "ce_sequence")).isEqualTo("0");
        assertThat(header(record, "ce_recordedtime")).isEqualTo("2026-03-01T09:30:05Z");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"amount\":{\"amount\":12500.50,\"currency\":\"EUR\"}")
                .contains("\"leadId\":\"lead-1\"");
    }

    @Test
    void chineseStageNamesSurviveTheWire() {
        EventEnvelope sent = envelope(SampleEvents.oneOfEach().get(5), 1);
        EventEnvelope received = SalesEventCodec.decode(consumed(SalesEventCodec.encode(sent)));
        assertThat(received.event()).hasFieldOrPropertyWithValue("toStage", "提供方案");
    }

    @Test
    void refusesToEncodeAnEventThatBreaksItsSchema() {
        var won = new OpportunityWon(
                SampleEvents.TENANT,
                SampleEvents.OPPORTUNITY,
                SampleEvents.AT,
                "PROPOSAL",
                new Money(new BigDecimal("-1"), "euro"));
        assertThatThrownBy(() -> SalesEventCodec.encode(envelope(won, 2)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("currency")
                .hasMessageContaining("amount");
    }

    @Test
    void rejectsUnknownTypesMissingMetadataAndForeignPayloads() {
        ProducerRecord<String, byte[]> good =
                SalesEventCodec.encode(envelope(SampleEvents.oneOfEach().get(0), 0));

        assertThatThrownBy(() -> SalesEventCodec.decode(consumed(withHeader(good, "ce_type", "stageflow.lead.x.v9"))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> SalesEventCodec.decode(consumed(withHeader(good, "ce_tenantid", "other"))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("payload tenant acme");
        assertThatThrownBy(() -> SalesEventCodec.decode(consumed(withoutHeader(good, "ce_sequence"))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("sequence");
        assertThatThrownBy(() -> SalesEventCodec.decode(
                        new ConsumerRecord<>("t", 0, 0, "k", "{}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a binary-mode CloudEvent");
        var garbled = new ProducerRecord<>(good.topic(), null, good.key(), "{not json".getBytes(), good.headers());
        assertThatThrownBy(() -> SalesEventCodec.decode(consumed(garbled)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a valid stageflow.lead.created.v1");
    }

    @Test
    void tenantIdsRejectBlankAndHostileValues() {
        for (String bad : new String[] {"", " ", "a b", "../etc", "x".repeat(65), null}) {
            assertThatThrownBy(() -> new TenantId(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new TenantId("acme-eu_1.prod").value()).isEqualTo("acme-eu_1.prod");
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> record) {
        var consumed = new ConsumerRecord<>(record.topic(), 0, 42L, record.key(), record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        return consumed;
    }

    private static ProducerRecord<String, byte[]> withHeader(ProducerRecord<String, byte[]> r, String name, String v) {
        ProducerRecord<String, byte[]> copy = withoutHeader(r, name);
        copy.headers().add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8)));
        return copy;
    }

    private static ProducerRecord<String, byte[]> withoutHeader(ProducerRecord<String, byte[]> r, String name) {
        var copy = new ProducerRecord<>(r.topic(), r.key(), r.value());
        Arrays.stream(r.headers().toArray()).filter(h -> !h.key().equals(name)).forEach(h -> copy.headers()
                .add(h));
        return copy;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
