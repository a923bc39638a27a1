package io.stageflow.metrics.deadletter;

import io.stageflow.metrics.kpi.KpiProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * A tenant's parked KPI events: listed, retried through the processor (in order, each aggregate's
 * first event first), evicted. Never another tenant's: every operation filters by the letter's tenant.
 */
@Component
public class ParkedEvents {
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final EventProcessingConfiguration processing;

    ParkedEvents(SequencedDeadLetterQueue<EventMessage<?>> kpiDeadLetters, EventProcessingConfiguration processing) {
        this.queue = kpiDeadLetters;
        this.processing = processing;
    }

    public List<ParkedAggregate> of(String tenant) {
        List<ParkedAggregate> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<ParkedEvent> events = new ArrayList<>();
            String aggregate = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (!DeadLetterSequences.tenantOf(letter.message()).equals(tenant)) {
                    break;
                }
                aggregate = DeadLetterSequences.aggregateOf(letter.message());
                events.add(ParkedEvent.of(letter));
            }
            if (!events.isEmpty()) {
                parked.add(new ParkedAggregate(aggregate, events));
            }
        }
        return parked;
    }

    public Optional<ParkedAggregate> of(String tenant, String aggregateId) {
        return of(tenant).stream()
                .filter(a -> a.aggregateId().equals(aggregateId))
                .findFirst();
    }

    /** Retries every parked aggregate of the tenant once, oldest first. */
    public RetryOutcome retryAll(String tenant) {
        Set<String> aggregates = new LinkedHashSet<>();
        of(tenant).forEach(a -> aggregates.add(a.aggregateId()));
        return retry(tenant, aggregates);
    }

    /** Retries one aggregate's parked events, in order; empty if it has none. */
    public Optional<RetryOutcome> retry(String tenant, String aggregateId) {
        return of(tenant, aggregateId).map(a -> retry(tenant, Set.of(aggregateId)));
    }

    /** Drops one aggregate's parked events for good; answers how many, empty if it had none. */
    public Optional<Integer> evict(String tenant, String aggregateId) {
        String sequence = tenant + "/" + aggregateId;
        if (!queue.contains(sequence)) {
            return Optional.empty();
        }
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            queue.evict(letter);
            evicted++;
        }
        return Optional.of(evicted);
    }

    private RetryOutcome retry(String tenant, Set<String> aggregates) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(KpiProjection.PROCESSING_GROUP)
                .orElseThrow(
                        () -> new IllegalStateException("no dead-letter queue for " + KpiProjection.PROCESSING_GROUP));
        int cleared = 0;
        for (String aggregate : aggregates) {
            String sequence = tenant + "/" + aggregate;
            processor.process(letter -> sequence.equals(DeadLetterSequences.sequenceOf(letter.message())));
            if (!queue.contains(sequence)) {
                cleared++;
            }
        }
        return new RetryOutcome(aggregates.size(), cleared, of(tenant).size());
    }
}
