package io.stageflow.kit.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class AppendOrderedStorageEngineTest {

    @Test
    void eventsBecomeVisibleInTheOrderOfTheirTimestampsWhateverTheyWereStampedWithBefore() throws Exception {
        var stored = new InMemoryEventStorageEngine();
        var engine = new AppendOrderedStorageEngine(stored);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int aggregate = 0; aggregate < 200; aggregate++) {
            String id = "agg-" + aggregate;
            // Stamped up to a minute ago, as a command that stalled before its insert would be.
            Instant appliedAt = Instant.now().minusMillis(aggregate * 300L);
            done.add(writers.submit(() -> engine.appendEvents(event(id, 0, appliedAt), event(id, 1, appliedAt))));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();

        List<Instant> visibleOrder = stored.readEvents(null, false)
                .map(TrackedEventMessage::getTimestamp)
                .toList();
        assertThat(visibleOrder).hasSize(400).isSorted();
        assertThat(visibleOrder.get(0)).isAfter(Instant.now().minusSeconds(30));
    }

    @Test
    void keepsTheEventsIdentitySequenceAndPayload() {
        var stored = new InMemoryEventStorageEngine();
        var original = event("agg-1", 4, Instant.parse("2020-01-01T00:00:00Z"));

        new AppendOrderedStorageEngine(stored).appendEvents(original);

        DomainEventMessage<?> read = stored.readEvents("agg-1", 4).next();
        assertThat(read.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(read.getSequenceNumber()).isEqualTo(4);
        assertThat(read.getPayload()).isEqualTo("payload-4");
        assertThat(read.getTimestamp()).isAfter(original.getTimestamp());
    }

    private static EventMessage<?> event(String aggregate, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>(
                "Test",
                aggregate,
                sequence,
                "payload-" + sequence,
                java.util.Map.of(),
                java.util.UUID.randomUUID().toString(),
                timestamp);
    }
}
