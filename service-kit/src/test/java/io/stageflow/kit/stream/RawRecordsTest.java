package io.stageflow.kit.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class RawRecordsTest {

    @Test
    void theConverterHandsTheRecordItselfToTheFunction() {
        var record = new ConsumerRecord<>("topic", 0, 7L, "key", "value".getBytes());

        Message<?> message = RawRecords.converter().toMessage(record, (Acknowledgment) null, null, byte[].class);

        assertThat(RawRecords.of(message, "things-in-0")).isSameAs(record);
    }

    @Test
    void aBindingWithoutTheConverterIsAConfigurationErrorNamingIt() {
        Message<byte[]> converted =
                MessageBuilder.withPayload("value".getBytes()).build();

        assertThatThrownBy(() -> RawRecords.of(converted, "things-in-0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("things-in-0")
                .hasMessageContaining(RawRecords.CONVERTER);
    }
}
