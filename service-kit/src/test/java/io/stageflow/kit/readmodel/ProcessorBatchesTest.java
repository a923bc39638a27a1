package io.stageflow.kit.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

/** The handler side of a batch as the pooled processor runs it: one write, on the batch's last message. */
class ProcessorBatchesTest {
    private final List<List<String>> written = new ArrayList<>();

    private void handle() {
        String payload = (String) CurrentUnitOfWork.get().getMessage().getPayload();
        ProcessorBatches.<List<String>>collect(
                "test.batch", ArrayList::new, batch -> batch.add(payload), batch -> written.add(List.copyOf(batch)));
    }

    @Test
    void aBatchIsCompletedOnceOnItsLastMessage() {
        List<EventMessage<?>> messages = List.of(
                GenericEventMessage.asEventMessage("a"),
                GenericEventMessage.asEventMessage("b"),
                GenericEventMessage.asEventMessage("c"));
        List<Integer> writesBeforeEachMessage = new ArrayList<>();

        new BatchingUnitOfWork<>(messages)
                .executeWithResult(
                        () -> {
                            writesBeforeEachMessage.add(written.size());
                            handle();
                            return null;
                        },
                        RollbackConfigurationType.ANY_THROWABLE);

        assertThat(writesBeforeEachMessage).containsExactly(0, 0, 0);
        assertThat(written).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void anEventOutsideABatchIsCompletedAtOnce() {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("alone"))
                .execute(this::handle);

        assertThat(written).containsExactly(List.of("alone"));
    }
}
