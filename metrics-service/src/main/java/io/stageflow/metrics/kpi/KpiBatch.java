package io.stageflow.metrics.kpi;

import io.stageflow.events.LeadEvent;
import io.stageflow.events.OpportunityEvent;
import io.stageflow.events.SalesEvent;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.Contribution;
import io.stageflow.metrics.cube.KafkaPosition;
import io.stageflow.metrics.cube.TenantZones;
import java.util.ArrayList;
import java.util.List;

/**
 * One Axon batch of contract events for the KPI cells: lead and deal facts derived from their
 * states, the cells written once, then the states saved (ADR 0005).
 */
final class KpiBatch {
    private final FactBatch<LeadEvent, LeadState> leads;
    private final FactBatch<OpportunityEvent, DealState> deals;
    private final CellStore cells;

    KpiBatch(FactBatch<LeadEvent, LeadState> leads, FactBatch<OpportunityEvent, DealState> deals, CellStore cells) {
        this.leads = leads;
        this.deals = deals;
        this.cells = cells;
    }

    void add(SalesEvent event, long sequence, KafkaPosition position) {
        if (event instanceof LeadEvent lead) {
            leads.add(lead, sequence, position);
        } else if (event instanceof OpportunityEvent deal) {
            deals.add(deal, sequence, position);
        }
    }

    void write(TenantZones zones) {
        cells.apply(derive(zones));
        leads.save();
        deals.save();
    }

    /** What the batch adds to the cells, from the states as stored; leaves the states to save. */
    List<Contribution> derive(TenantZones zones) {
        List<Contribution> contributions = new ArrayList<>(leads.derive(zones));
        contributions.addAll(deals.derive(zones));
        return contributions;
    }
}
