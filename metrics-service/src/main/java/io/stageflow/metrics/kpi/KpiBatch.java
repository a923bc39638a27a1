package io.stageflow.metrics.kpi;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.Contribution;
import java.util.ArrayList;
import java.util.List;

/**
 * One Axon batch of contract events for the KPI cells: the stored states of all its aggregates
 * fetched once ({@link #prepare}), each event applied as it is handled ({@link #add}), the cells
 * written once and then the states saved ({@link #write}, ADR 0005). An event that cannot be applied
 * fails on its own and leaves every state as it was before it, so the dead-letter queue can park it
 * while the rest of the batch is written (ADR 0008).
 */
final class KpiBatch {
    private final FactBatch<LeadEvent, LeadState> leads;
    private final FactBatch<OpportunityEvent, DealState> deals;
    private final FactBatch<AccountEvent, AccountState> accounts;
    private final FactBatch<PlanEvent, PlanState> plans;
    private final JourneyBatch journeys;
    private final CellStore cells;
    private final PipelineDefinitions definitions;
    private final boolean retried;
    private final List<PipelineDefined> defined = new ArrayList<>();
    private final List<Contribution> contributions = new ArrayList<>();
    private boolean prepared;
    private int events;

    /** What a written batch held and what it cost the store. */
    record Written(int events, int contributions, int cellWrites) {}

    /** @param retried events retried from the dead-letter queue, behind their partitions' positions */
    KpiBatch(
            FactBatch<LeadEvent, LeadState> leads,
            FactBatch<OpportunityEvent, DealState> deals,
            FactBatch<AccountEvent, AccountState> accounts,
            FactBatch<PlanEvent, PlanState> plans,
            JourneyBatch journeys,
            CellStore cells,
            PipelineDefinitions definitions,
            boolean retried) {
        this.leads = leads;
        this.deals = deals;
        this.accounts = accounts;
        this.plans = plans;
        this.journeys = journeys;
        this.cells = cells;
        this.definitions = definitions;
        this.retried = retried;
    }

    /** Fetches what the batch's events need from the store: the only reads of the batch. */
    void prepare(List<Arrival> arrivals) {
        journeys.prepare(arrivals);
        leads.prepare(eventsOf(arrivals, LeadEvent.class));
        deals.prepare(eventsOf(arrivals, OpportunityEvent.class));
        accounts.prepare(eventsOf(arrivals, AccountEvent.class));
        plans.prepare(eventsOf(arrivals, PlanEvent.class));
        prepared = true;
    }

    /**
     * Applies one event; if any part of it fails, takes back the parts that did not and throws, so
     * the event is parked and the batch goes on without it. Pipeline definitions are kept for
     * queries; reason lists add nothing.
     */
    void add(Arrival arrival) {
        if (!prepared) {
            prepare(List.of(arrival));
            prepared = false;
        }
        List<Contribution> found = new ArrayList<>(journeys.apply(arrival));
        try {
            found.addAll(facts(arrival));
        } catch (RuntimeException e) {
            journeys.takeBack(arrival);
            throw e;
        }
        contributions.addAll(found);
        events++;
        if (arrival.event() instanceof PipelineDefined pipeline) {
            defined.add(pipeline);
        }
    }

    /** Writes the cells of every event added, then the states behind them. */
    Written write() {
        int cellWrites = retried ? cells.applyRetried(contributions) : cells.apply(contributions);
        leads.save();
        deals.save();
        accounts.save();
        plans.save();
        journeys.save();
        definitions.record(defined);
        return new Written(events, contributions.size(), cellWrites);
    }

    /** What the events added so far give the cells. */
    List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    private List<Contribution> facts(Arrival arrival) {
        SalesEvent event = arrival.event();
        if (event instanceof LeadEvent lead) {
            return leads.apply(lead, arrival.sequence(), arrival.position());
        } else if (event instanceof OpportunityEvent deal) {
            return deals.apply(deal, arrival.sequence(), arrival.position());
        } else if (event instanceof AccountEvent account) {
            return accounts.apply(account, arrival.sequence(), arrival.position());
        } else if (event instanceof PlanEvent plan) {
            return plans.apply(plan, arrival.sequence(), arrival.position());
        }
        return List.of();
    }

    private static <E extends SalesEvent> List<E> eventsOf(List<Arrival> arrivals, Class<E> kind) {
        return arrivals.stream()
                .map(Arrival::event)
                .filter(kind::isInstance)
                .map(kind::cast)
                .toList();
    }
}
