package io.stageflow.kit.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Makes the order in which events become visible the order of their timestamps, within this JVM.
 *
 * <p>axon-mongo streams the store by timestamp and only looks back a bounded window for events that
 * became visible late. Axon stamps an event when the aggregate applies it, so a command that stalls
 * between apply and insert (a cold start, a GC pause, a busy core) lands behind newer, already
 * streamed events and is skipped for good once the window has passed — measured here as 7 of 1000
 * leads lost by the forwarder. Inserting one group of batches at a time and stamping each event as it is
 * appended removes that gap; the look-back window then only has to cover clock skew and insert
 * latency between replicas. The stamp is when the event was recorded, which is what it means.
 * Batches that queue while one is appended are appended together ({@link CommitGroups}).
 */
final class AppendOrderedStorageEngine implements EventStorageEngine {
    private final EventStorageEngine delegate;
    private final CommitGroups commitGroups;
    private Instant lastStamp = Instant.EPOCH;

    AppendOrderedStorageEngine(EventStorageEngine delegate) {
        this.delegate = delegate;
        this.commitGroups = new CommitGroups(delegate::appendEvents, this::stampedNow);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        commitGroups.append(events);
    }

    /** Called by {@link CommitGroups} under its lock, in the order of the insert. */
    private EventMessage<?> stampedNow(EventMessage<?> event) {
        Instant now = Instant.now();
        // Never backwards, even if the wall clock is corrected while we run.
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return new GenericDomainEventMessage<>(
                    domainEvent.getType(),
                    domainEvent.getAggregateIdentifier(),
                    domainEvent.getSequenceNumber(),
                    domainEvent,
                    lastStamp);
        }
        return event;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
