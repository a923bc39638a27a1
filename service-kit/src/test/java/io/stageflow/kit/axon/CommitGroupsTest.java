package io.stageflow.kit.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.stageflow.kit.test.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On axon-mongo's own engine and the Mongo-wire store, where a duplicate sequence is a conflict. */
class CommitGroupsTest {
    private MongoEventStorageEngine store;
    private final CountDownLatch firstInsertMayFinish = new CountDownLatch(1);
    private final AtomicInteger inserts = new AtomicInteger();
    private CommitGroups groups;

    @BeforeEach
    void store() {
        var serializer = JacksonSerializer.defaultSerializer();
        store = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(
                                TestDatabases.client(),
                                TestDatabases.fresh("commit-groups").getName())
                        .build())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        store.ensureIndexes();
        groups = new CommitGroups(this::gatedInsert, event -> event);
    }

    @Test
    void batchesThatQueueDuringAnInsertAreStoredTogetherInOneInsert() throws Exception {
        var first = appendInBackground(event("agg-first", 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> inserts.get() == 1);
        List<CompletableFuture<Void>> queued = List.of(
                appendInBackground(event("agg-a", 0), event("agg-a", 1)),
                appendInBackground(event("agg-b", 0)),
                appendInBackground(event("agg-c", 0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.queued() == 3);

        firstInsertMayFinish.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (var append : queued) {
            append.get(10, TimeUnit.SECONDS);
        }

        assertThat(inserts).hasValue(2);
        assertThat(sequencesOf("agg-a")).containsExactly(0L, 1L);
        assertThat(sequencesOf("agg-b")).containsExactly(0L);
        assertThat(sequencesOf("agg-c")).containsExactly(0L);
    }

    @Test
    void aConflictInAGroupFailsOnlyItsOwnCommand() throws Exception {
        store.appendEvents(event("agg-taken", 0), event("agg-taken", 1));
        var first = appendInBackground(event("agg-first", 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> inserts.get() == 1);
        var before = appendInBackground(event("agg-before", 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.queued() == 1);
        EventMessage<?> late = event("agg-taken", 1);
        var conflicting = appendInBackground(late);
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.queued() == 2);
        var after = appendInBackground(event("agg-after", 0), event("agg-after", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> groups.queued() == 3);

        firstInsertMayFinish.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> conflicting.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("agg-taken");
        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        assertThat(sequencesOf("agg-before")).containsExactly(0L);
        assertThat(sequencesOf("agg-after")).containsExactly(0L, 1L);
        assertThat(store.readEvents("agg-taken", 0).asStream().map(DomainEventMessage::getIdentifier))
                .as("the stored events of the conflicting aggregate are the earlier ones")
                .doesNotContain(late.getIdentifier());
    }

    @Test
    void aLoneBatchFailsAsTheStoreSaysWithNothingRetried() {
        store.appendEvents(event("agg-taken", 0), event("agg-taken", 1));
        firstInsertMayFinish.countDown();

        assertThatThrownBy(() -> groups.append(List.of(event("agg-taken", 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(inserts).hasValue(1);
    }

    private void gatedInsert(List<EventMessage<?>> events) {
        if (inserts.getAndIncrement() == 0) {
            try {
                firstInsertMayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.appendEvents(events);
    }

    private CompletableFuture<Void> appendInBackground(EventMessage<?>... events) {
        return CompletableFuture.runAsync(
                () -> groups.append(List.of(events)), runnable -> new Thread(runnable).start());
    }

    private List<Long> sequencesOf(String aggregate) {
        return store.readEvents(aggregate, 0)
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Test",
                aggregate,
                sequence,
                "payload",
                Map.of(),
                UUID.randomUUID().toString(),
                Instant.now());
    }
}
