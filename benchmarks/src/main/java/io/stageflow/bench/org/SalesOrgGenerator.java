package io.stageflow.bench.org;

import io.stageflow.events.EventEnvelope;
import io.stageflow.events.EventType;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.lead.LeadConverted;
import io.stageflow.events.lead.LeadCreated;
import io.stageflow.events.opportunity.OpportunityWon;
import io.stageflow.events.plan.QuotaSet;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * A seeded sales org, streamed: the tenant's pipeline definition, its quotas, then its journeys in
 * windows whose aggregates are interleaved at random (each aggregate's events in order, as Kafka
 * keeps them per key), so partitions and topics mix as they would under live traffic. Nothing is
 * held beyond one window.
 */
public final class SalesOrgGenerator {
    /** How far back the org's history goes. */
    public static final Duration HISTORY = Duration.ofDays(3 * 365 + 1);

    private static final int WINDOW = 1000;
    private static final URI LEAD_SERVICE = URI.create("/stageflow/lead-service");
    private static final URI OPPORTUNITY_SERVICE = URI.create("/stageflow/opportunity-service");
    private static final URI PLAN_SERVICE = URI.create("/stageflow/plan");

    private final OrgSize size;
    private final SplittableRandom random;
    private final SeededIds ids;
    private final Instant first;
    private final Instant now;
    private long events;
    private long leads;
    private long opportunities;
    private long won;
    private long quotas;

    public SalesOrgGenerator(OrgSize size, long seed, Instant now) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.ids = new SeededIds(seed ^ 0x5DEECE66DL);
        this.now = now;
        this.first = now.minus(HISTORY);
    }

    /** The first instant of the org's history. */
    public Instant first() {
        return first;
    }

    public GeneratedEvents generate(EventSink sink) {
        return generate(sink, () -> true);
    }

    /** Generates until all the org's leads are written or {@code more} says stop, checked per window. */
    public GeneratedEvents generate(EventSink sink, BooleanSupplier more) {
        emit(List.of(List.of(pipelineDefinition())), sink);
        emit(Quotas.of(size, random, first, now), sink);
        Journeys journeys = new Journeys(size, random, ids, first, now);
        for (int done = 0; done < size.leads() && more.getAsBoolean(); ) {
            List<List<SalesEvent>> window = new ArrayList<>();
            for (int i = 0; i < WINDOW && done < size.leads(); i++, done++) {
                window.addAll(journeys.next());
            }
            emit(window, sink);
        }
        return new GeneratedEvents(events, leads, opportunities, won, quotas);
    }

    private PipelineDefined pipelineDefinition() {
        List<PipelineStage> stages = new ArrayList<>();
        for (int i = 0; i < OrgVocabulary.PIPELINE_STAGES.size(); i++) {
            stages.add(new PipelineStage(
                    OrgVocabulary.PIPELINE_STAGES.get(i), OrgVocabulary.PROBABILITIES.get(i), List.of()));
        }
        return new PipelineDefined(
                size.tenant(),
                PipelineId.defaultFor(size.tenant()),
                first.minus(Duration.ofDays(30)),
                1,
                "Default",
                stages,
                OrgVocabulary.QUALIFYING_STAGE,
                45);
    }

    private void emit(List<List<SalesEvent>> aggregates, EventSink sink) {
        List<ArrayDeque<EventEnvelope>> queues = new ArrayList<>(aggregates.size());
        aggregates.forEach(aggregate -> queues.add(envelopes(aggregate)));
        while (!queues.isEmpty()) {
            int pick = random.nextInt(queues.size());
            ArrayDeque<EventEnvelope> queue = queues.get(pick);
            EventEnvelope next = queue.poll();
            count(next.event());
            sink.accept(next);
            if (queue.isEmpty()) {
                queues.set(pick, queues.get(queues.size() - 1));
                queues.remove(queues.size() - 1);
            }
        }
    }

    private ArrayDeque<EventEnvelope> envelopes(List<SalesEvent> aggregate) {
        ArrayDeque<EventEnvelope> envelopes = new ArrayDeque<>(aggregate.size());
        long sequence = 0;
        for (SalesEvent event : aggregate) {
            EventType type = EventType.of(event);
            // Stored a moment after it happened, as an import or a live command would be.
            Instant recorded = event.occurredAt().plusMillis(20 + random.nextInt(2000));
            envelopes.add(
                    new EventEnvelope(ids.next(), type, sourceOf(type), size.tenant(), sequence++, recorded, event));
        }
        return envelopes;
    }

    private static URI sourceOf(EventType type) {
        return switch (type.topic()) {
            case io.stageflow.events.Topics.LEAD_EVENTS -> LEAD_SERVICE;
            case io.stageflow.events.Topics.OPPORTUNITY_EVENTS -> OPPORTUNITY_SERVICE;
            default -> PLAN_SERVICE;
        };
    }

    private void count(SalesEvent event) {
        events++;
        if (event instanceof LeadCreated) {
            leads++;
        } else if (event instanceof LeadConverted) {
            opportunities++;
        } else if (event instanceof OpportunityWon) {
            won++;
        } else if (event instanceof QuotaSet) {
            quotas++;
        }
    }
}
