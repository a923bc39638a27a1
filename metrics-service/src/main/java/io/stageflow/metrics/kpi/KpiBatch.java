package io.stageflow.metrics.kpi;

import io.stageflow.events.AccountEvent;
import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.PlanEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.List;

/**
 * One Axon batch of contract events for the KPI cells: lead, deal, account, plan and journey
 * facts derived from their states, the cells written once, then the states saved (ADR 0005).
 */
final class KpiBatch {
    private final FactBatch<LeadEvent, LeadState> leads;
    private final FactBatch<OpportunityEvent, DealState> deals;
    private final FactBatch<AccountEvent, AccountState> accounts;
    private final FactBatch<PlanEvent, PlanState> plans;
    private final JourneyBatch journeys;
    private final CellStore cells;
    private final PipelineDefinitions definitions;
    private final List<PipelineDefined> defined = new ArrayList<>();

    KpiBatch(
            FactBatch<LeadEvent, LeadState> leads,
            FactBatch<OpportunityEvent, DealState> deals,
            FactBatch<AccountEvent, AccountState> accounts,
            FactBatch<PlanEvent, PlanState> plans,
            JourneyBatch journeys,
            CellStore cells,
            PipelineDefinitions definitions) {
        this.leads = leads;
        this.deals = deals;
        this.accounts = accounts;
        this.plans = plans;
        this.journeys = journeys;
        this.cells = cells;
        this.definitions = definitions;
    }

    /** Pipeline definitions are kept for queries; reason lists add nothing. */
    void add(SalesEvent event, long sequence, KafkaPosition position) {
        journeys.add(event, sequence, position);
        if (event instanceof LeadEvent lead) {
            leads.add(lead, sequence, position);
        } else if (event instanceof OpportunityEvent deal) {
            deals.add(deal, sequence, position);
        } else if (event instanceof AccountEvent account) {
            accounts.add(account, sequence, position);
        } else if (event instanceof PlanEvent plan) {
            plans.add(plan, sequence, position);
        } else if (event instanceof PipelineDefined pipeline) {
            defined.add(pipeline);
        }
    }

    void write(TenantZones zones) {
        cells.apply(derive(zones));
        leads.save();
        deals.save();
        accounts.save();
        plans.save();
        journeys.save();
        definitions.record(defined);
    }

    /** What the batch adds to the cells, from the states as stored; leaves the states to save. */
    List<Contribution> derive(TenantZones zones) {
        List<Contribution> contributions = new ArrayList<>(leads.derive(zones));
        contributions.addAll(deals.derive(zones));
        contributions.addAll(accounts.derive(zones));
        contributions.addAll(plans.derive(zones));
        contributions.addAll(journeys.derive(zones));
        return contributions;
    }
}
