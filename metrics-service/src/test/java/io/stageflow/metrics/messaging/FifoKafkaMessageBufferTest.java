package io.stageflow.metrics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

class FifoKafkaMessageBufferTest {

    @Test
    void handsOutRecordsInPollOrderEvenWhenTimestampsGoBackwards() throws InterruptedException {
        FifoKafkaMessageBuffer buffer = new FifoKafkaMessageBuffer(10);
        List<KafkaEventMessage> polled = List.of(
                message(0, 0, 300), message(1, 0, 100), message(2, 0, 200), message(0, 1, 50), message(1, 1, 10));

        buffer.putAll(polled);

        List<KafkaEventMessage> taken = new ArrayList<>();
        while (!buffer.isEmpty()) {
            taken.add(buffer.poll(10, TimeUnit.MILLISECONDS));
        }
        assertThat(taken).containsExactlyElementsOf(polled);
    }

    @Test
    void isBoundedSoAFastFetcherWaitsForTheProcessor() throws InterruptedException {
        FifoKafkaMessageBuffer buffer = new FifoKafkaMessageBuffer(2);
        buffer.put(message(0, 0, 1));
        buffer.put(message(0, 1, 2));

        assertThat(buffer.remainingCapacity()).isZero();
        Thread producer = new Thread(() -> {
            try {
                buffer.put(message(0, 2, 3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        producer.join(200);
        assertThat(producer.isAlive()).as("put blocks while full").isTrue();

        assertThat(buffer.take().offset()).isZero();
        producer.join(2000);
        assertThat(buffer.size()).isEqualTo(2);
    }

    @Test
    void aFailedFetcherFailsTheStreamInsteadOfLeavingItWaiting() {
        FifoKafkaMessageBuffer buffer = new FifoKafkaMessageBuffer(2);
        buffer.setException(new IllegalStateException("broker gone"));

        assertThatThrownBy(buffer::take).hasMessage("broker gone");
        assertThatThrownBy(() -> buffer.poll(1, TimeUnit.SECONDS)).hasMessage("broker gone");
    }

    private static KafkaEventMessage message(int partition, long offset, long timestamp) {
        KafkaTrackingToken token =
                KafkaTrackingToken.newInstance(java.util.Map.of()).advancedTo("t", partition, offset);
        var tracked = new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("e" + offset));
        return new KafkaEventMessage(tracked, partition, offset, timestamp);
    }
}
