package io.stageflow.metrics.rebuild;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.RenameCollectionOptions;
import io.stageflow.metrics.config.MetricsProperties;
import io.stageflow.metrics.config.ProjectionClaims;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.deadletter.DeadLetterSequences;
import io.stageflow.metrics.kpi.KpiCells;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.kpi.ProjectionProgress;
import io.stageflow.metrics.query.status.Lag;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.query.status.TopicOffsets;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the KPI read model from the retained topics into fresh collections while queries keep
 * answering from the live ones, and switches over once the rebuild has caught up (ADR 0009):
 * the live processor stops, the rebuild catches up past where it stopped, the fresh collections
 * replace the live ones (MongoDB renames them), the rebuild's parked events become the live
 * queue's, and the live processor starts again from its token, on the new collections, where
 * everything it reads again is already counted (ADR 0005).
 */
@Component
public class KpiRebuild {
    private static final Logger log = LoggerFactory.getLogger(KpiRebuild.class);
    private static final String RUN_NAME = "kpi-rebuild-";
    private static final Duration TICK = Duration.ofMillis(500);
    private static final Duration CATCH_UP_AFTER_STOP = Duration.ofMinutes(2);

    private final MongoDatabase database;
    private final EventProcessingConfiguration processing;
    private final StreamableKafkaMessageSource<String, byte[]> source;
    private final TokenStore tokens;
    private final TenantZones zones;
    private final MetricsProperties properties;
    private final TopicOffsets offsets;
    private final ProjectionStatusQuery status;
    private final SequencedDeadLetterQueue<EventMessage<?>> liveDeadLetters;
    private final MongoTemplate axonMongo;
    private final Serializer eventSerializer;
    private final Clock clock;
    private final ScheduledExecutorService monitor =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kpi-rebuild-monitor"));

    private RebuildRun run;
    // Volatile: the meters read it without the lock, which a switch-over holds for up to minutes.
    private volatile RebuildStatus last = RebuildStatus.idle();

    public KpiRebuild(
            MongoDatabase metricsDatabase,
            EventProcessingConfiguration processing,
            StreamableKafkaMessageSource<String, byte[]> kpiEventSource,
            TokenStore tokenStore,
            TenantZones zones,
            MetricsProperties properties,
            TopicOffsets offsets,
            ProjectionStatusQuery status,
            SequencedDeadLetterQueue<EventMessage<?>> kpiDeadLetters,
            MongoTemplate axonMongoTemplate,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Clock clock) {
        this.database = metricsDatabase;
        this.processing = processing;
        this.source = kpiEventSource;
        this.tokens = tokenStore;
        this.zones = zones;
        this.properties = properties;
        this.offsets = offsets;
        this.status = status;
        this.liveDeadLetters = kpiDeadLetters;
        this.axonMongo = axonMongoTemplate;
        this.eventSerializer = eventSerializer;
        this.clock = clock;
        monitor.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts a rebuild unless one is under way; answers where it stands. */
    public synchronized RebuildStatus start() {
        if (run != null) {
            return status();
        }
        Instant now = clock.instant();
        String name = RUN_NAME + now.toEpochMilli();
        // What a run left when the service stopped under it (it does not resume): start clean.
        axonMongo.trackingTokensCollection().deleteMany(Filters.regex("processorName", "^" + RUN_NAME));
        axonMongo.deadLetterCollection().deleteMany(Filters.regex("processingGroup", "^" + RUN_NAME));
        dropRebuildCollections();
        KpiCells fresh = new KpiCells(database, RebuildRun.PREFIX);
        SequencedDeadLetterQueue<EventMessage<?>> parked = MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(name)
                .mongoTemplate(axonMongo)
                .serializer(eventSerializer)
                .build();
        run = new RebuildRun(
                name,
                now,
                fresh,
                parked,
                source,
                tokens,
                zones,
                new ProjectionProgress(database, RebuildRun.PREFIX + "projection_status"),
                properties.batchSize());
        run.start();
        log.info("KPI rebuild {} started into the {}* collections", name, RebuildRun.PREFIX);
        last = progress("RUNNING", null, null);
        return last;
    }

    /** Stops a rebuild under way and drops what it wrote; the live read model is untouched. */
    public synchronized RebuildStatus cancel() {
        if (run == null) {
            return status();
        }
        abandon();
        last = finished("CANCELLED", "cancelled; the live read model is unchanged");
        return last;
    }

    /** Graceful shutdown: a rebuild under way stops (a later start begins anew); the monitor ends. */
    @PreDestroy
    synchronized void close() {
        monitor.shutdownNow();
        if (run != null) {
            run.stop();
        }
    }

    /** The figures of the last tick, without asking Kafka: for meters, which must not block a scrape. */
    RebuildStatus lastKnown() {
        return last;
    }

    public synchronized RebuildStatus status() {
        // The message is the last tick's: why a run waits, or its error.
        return run == null ? last : progress(last.state(), null, last.message());
    }

    private synchronized void tick() {
        if (run == null) {
            return;
        }
        RebuildStatus now;
        try {
            now = progress("RUNNING", null, run.error() != null ? run.error() : notProjectingHere());
        } catch (RuntimeException e) {
            log.warn("KPI rebuild {}: no progress figures now: {}", run.processorName, e.toString());
            return;
        }
        last = now;
        if (now.eventsDone() < now.eventsTotal() || now.message() != null) {
            return;
        }
        try {
            switchOver();
        } catch (RuntimeException e) {
            log.error("KPI rebuild {} failed at the switch: {}", run.processorName, e.toString(), e);
            abandon();
            last = finished("FAILED", e.toString());
        }
    }

    /**
     * Why the switch-over must wait here, or null. It stops the live processor of this JVM and
     * replaces the collections under it; on a standby replica the processor that writes them runs
     * in another pod and would go on writing through the swap. The rebuild keeps up meanwhile and
     * switches over once this replica holds the claim (the other one stopped), or is cancelled.
     */
    private String notProjectingHere() {
        return ProjectionClaims.segmentsHeld(processing) > 0
                ? null
                : "this replica does not project " + KpiProjection.PROCESSING_GROUP
                        + " (another holds its claim), so the rebuild keeps up but cannot switch over here;"
                        + " cancel it and start it on the replica whose stageflow_projection_segments_claimed"
                        + " is 1 (docs/operations.md)";
    }

    private void switchOver() {
        last = progress("SWITCHING", null, null);
        EventProcessor live = processing
                .eventProcessor(KpiProjection.PROCESSING_GROUP)
                .orElseThrow(() -> new IllegalStateException("no " + KpiProjection.PROCESSING_GROUP + " processor"));
        live.shutDown();
        try {
            awaitPast(status.storedPositions(KpiProjection.PROCESSING_GROUP));
            RebuildStatus caughtUp = progress("DONE", null, "the rebuilt read model answers queries now");
            run.stop();
            handOverParkedEvents();
            for (String collection : KpiCells.COLLECTIONS) {
                replace(collection);
            }
            forgetRun();
            last = caughtUp;
            last = finished("DONE", caughtUp.message());
            log.info("KPI rebuild {} switched over after {} events", caughtUp.processor(), caughtUp.eventsDone());
        } finally {
            live.start();
        }
    }

    /** Waits until the rebuild has projected everything the stopped live processor had. */
    private void awaitPast(Map<TopicPartition, Long> live) {
        long deadline = System.nanoTime() + CATCH_UP_AFTER_STOP.toNanos();
        while (!covers(run.positions(), live)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not catch up with the stopped live processor in "
                        + CATCH_UP_AFTER_STOP + "; the live read model is unchanged");
            }
            sleep();
        }
    }

    private static boolean covers(Map<TopicPartition, Long> rebuilt, Map<TopicPartition, Long> live) {
        return live.entrySet().stream().allMatch(p -> rebuilt.getOrDefault(p.getKey(), -1L) >= p.getValue());
    }

    /**
     * The live queue's letters were parked in the old read model; the rebuild applied or parked
     * every one of those events anew. What the rebuild parked is what waits now.
     */
    private void handOverParkedEvents() {
        liveDeadLetters.clear();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : run.deadLetters.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                String aggregate = DeadLetterSequences.sequenceOf(letter.message());
                String id = aggregate == null ? letter.message().getIdentifier() : aggregate;
                liveDeadLetters.enqueue(
                        id,
                        new GenericDeadLetter<>(
                                id,
                                letter.message(),
                                letter.cause().orElse(null),
                                letter.enqueuedAt(),
                                letter.lastTouched(),
                                letter.diagnostics()));
            }
        }
        run.deadLetters.clear();
    }

    private void replace(String collection) {
        Set<String> existing = existingCollections();
        if (existing.contains(RebuildRun.PREFIX + collection)) {
            database.getCollection(RebuildRun.PREFIX + collection)
                    .renameCollection(
                            new MongoNamespace(database.getName(), collection),
                            new RenameCollectionOptions().dropTarget(true));
        } else if (existing.contains(collection)) {
            // Nothing of this kind in the whole log: the rebuilt read model has none either.
            database.getCollection(collection).drop();
        }
    }

    private void dropRebuildCollections() {
        Set<String> existing = existingCollections();
        List<String> ours = new ArrayList<>(KpiCells.COLLECTIONS);
        ours.add("projection_status");
        ours.stream()
                .map(collection -> RebuildRun.PREFIX + collection)
                .filter(existing::contains)
                .forEach(collection -> database.getCollection(collection).drop());
    }

    private Set<String> existingCollections() {
        return database.listCollectionNames().into(new HashSet<>());
    }

    /** Its token (directly: the token store deletes only a claimed one) and the run itself. */
    private void forgetRun() {
        axonMongo.trackingTokensCollection().deleteMany(new Document("processorName", run.processorName));
        run = null;
    }

    /** After a failed switch: the run stops and its collections go; the live read model stays. */
    private void abandon() {
        run.stop();
        run.deadLetters.clear();
        forgetRun();
        dropRebuildCollections();
    }

    private RebuildStatus finished(String state, String message) {
        return new RebuildStatus(
                state,
                last.processor(),
                last.startedAt(),
                clock.instant(),
                last.eventsDone(),
                last.eventsTotal(),
                last.eventsPerSecond(),
                null,
                last.parked(),
                message);
    }

    private RebuildStatus progress(String state, Instant finishedAt, String message) {
        TopicOffsets.Snapshot topics = offsets.of(properties.topics());
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : topics.end().entrySet()) {
            total += end.getValue() - topics.start().getOrDefault(end.getKey(), 0L);
        }
        long done = total - Lag.behind(topics.start(), topics.end(), run.positions());
        double seconds =
                Math.max(0.001, Duration.between(run.startedAt, clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        Long eta = rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildStatus(
                state,
                run.processorName,
                run.startedAt,
                finishedAt,
                done,
                total,
                rate,
                eta,
                run.deadLetters.size(),
                message);
    }

    private static void sleep() {
        try {
            Thread.sleep(TICK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rebuild to catch up", e);
        }
    }
}
