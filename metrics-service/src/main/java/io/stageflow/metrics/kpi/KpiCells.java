package io.stageflow.metrics.kpi;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.TenantZones;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The KPI read model: the cells queries read, and the lead, deal, account, plan and journey fact
 * states behind them.
 */
@Component
public class KpiCells {
    static final String CELLS = "kpi_cells";
    static final String DEALS = "kpi_deals";

    private final CellStore cells;
    private final FactStateStore<LeadState> leads;
    private final FactStateStore<DealState> deals;
    private final FactStateStore<AccountState> accounts;
    private final FactStateStore<PlanState> plans;
    private final JourneyStore journeys;
    private final PipelineDefinitions definitions;
    private final MongoDatabase database;

    public KpiCells(MongoDatabase metricsDatabase) {
        this.cells = new CellStore(metricsDatabase, CELLS);
        this.leads = new FactStateStore<>(metricsDatabase, "kpi_leads", LeadState::new);
        this.deals = new FactStateStore<>(metricsDatabase, DEALS, DealState::new);
        this.accounts = new FactStateStore<>(metricsDatabase, "kpi_accounts", AccountState::new);
        this.plans = new FactStateStore<>(metricsDatabase, "kpi_plans", PlanState::new);
        this.journeys = new JourneyStore(metricsDatabase);
        this.definitions = new PipelineDefinitions(metricsDatabase);
        this.database = metricsDatabase;
        // The stalled-deals query reads a tenant's open deals stage by stage, oldest first.
        metricsDatabase.getCollection(DEALS).createIndex(Indexes.ascending("tenant", "openStage", "stageEnteredAt"));
    }

    public CellStore cells() {
        return cells;
    }

    PipelineDefinitions definitions() {
        return definitions;
    }

    /** The deals' fact states, which the stalled-deals query lists. */
    MongoCollection<Document> deals() {
        return database.getCollection(DEALS);
    }

    /** An empty batch over these collections, days cut in each tenant's zone. */
    KpiBatch batch(TenantZones zones) {
        return batch(zones, false);
    }

    /** @param retried events retried from the dead-letter queue, behind their partitions' positions */
    KpiBatch batch(TenantZones zones, boolean retried) {
        return new KpiBatch(
                new FactBatch<>(new LeadFacts(), leads, zones),
                new FactBatch<>(new DealFacts(), deals, zones),
                new FactBatch<>(new AccountFacts(), accounts, zones),
                new FactBatch<>(new PlanFacts(), plans, zones),
                new JourneyBatch(journeys, zones),
                cells,
                definitions,
                retried);
    }
}
