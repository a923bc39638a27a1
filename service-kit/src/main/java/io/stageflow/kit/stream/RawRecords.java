package io.stageflow.kit.stream;

import io.stageflow.kit.messaging.ConsumedEvents;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.Message;

/**
 * Lets a Spring Cloud Stream function read the raw Kafka record rather than a converted payload:
 * decoding is the contract codec's job, and a record that cannot be decoded must fail inside the
 * function, where the binder's retries and dead-letter topic apply, not in a deserializer where it
 * would block the partition. A binding opts in with {@code converter-bean-name: rawRecordConverter}
 * and a bean {@link #converter()} under that name.
 */
public final class RawRecords {
    public static final String CONVERTER = "rawRecordConverter";

    private RawRecords() {}

    public static RecordMessageConverter converter() {
        MessagingMessageConverter converter = new MessagingMessageConverter();
        converter.setRawRecordHeader(true);
        return converter;
    }

    /**
     * The function of a binding: hands each raw record to {@code handler} and counts it as consumed
     * once handled (a retry that succeeds counts once more).
     */
    public static Consumer<Message<byte[]>> function(
            String binding, ConsumedEvents consumed, Consumer<ConsumerRecord<?, byte[]>> handler) {
        return message -> {
            ConsumerRecord<?, byte[]> record = of(message, binding);
            handler.accept(record);
            consumed.consumed(record.topic());
        };
    }

    /** The record behind {@code message}; {@code binding} names the binding in the error if it lacks the converter. */
    @SuppressWarnings("unchecked")
    public static ConsumerRecord<?, byte[]> of(Message<?> message, String binding) {
        if (!(message.getHeaders().get(KafkaHeaders.RAW_DATA) instanceof ConsumerRecord<?, ?> record)) {
            throw new IllegalStateException("binding " + binding + " must use converter-bean-name=" + CONVERTER
                    + " so that the raw record reaches the function");
        }
        return (ConsumerRecord<?, byte[]>) record;
    }
}
