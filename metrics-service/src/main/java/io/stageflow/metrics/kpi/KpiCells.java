package io.stageflow.metrics.kpi;

import com.mongodb.client.MongoDatabase;
import io.stageflow.metrics.cube.CellStore;
import org.springframework.stereotype.Component;

/** The KPI read model: the cells queries read, and the lead, deal, account and plan fact states behind them. */
@Component
public class KpiCells {
    static final String CELLS = "kpi_cells";

    private final CellStore cells;
    private final FactStateStore<LeadState> leads;
    private final FactStateStore<DealState> deals;
    private final FactStateStore<AccountState> accounts;
    private final FactStateStore<PlanState> plans;

    public KpiCells(MongoDatabase metricsDatabase) {
        this.cells = new CellStore(metricsDatabase, CELLS);
        this.leads = new FactStateStore<>(metricsDatabase, "kpi_leads", LeadState::new);
        this.deals = new FactStateStore<>(metricsDatabase, "kpi_deals", DealState::new);
        this.accounts = new FactStateStore<>(metricsDatabase, "kpi_accounts", AccountState::new);
        this.plans = new FactStateStore<>(metricsDatabase, "kpi_plans", PlanState::new);
    }

    public CellStore cells() {
        return cells;
    }

    /** An empty batch over these collections. */
    KpiBatch batch() {
        return new KpiBatch(
                new FactBatch<>(new LeadFacts(), leads),
                new FactBatch<>(new DealFacts(), deals),
                new FactBatch<>(new AccountFacts(), accounts),
                new FactBatch<>(new PlanFacts(), plans),
                cells);
    }
}
