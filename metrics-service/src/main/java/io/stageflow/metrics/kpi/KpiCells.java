package io.stageflow.metrics.kpi;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.stageflow.metrics.cube.CellStore;
import io.stageflow.metrics.cube.TenantZones;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The KPI read model: the cells queries read, and the lead, deal, account, plan and journey fact
 * states behind them.
 */
@Component
public class KpiCells {
    static final String CELLS = "kpi_cells";
    static final String DEALS = "kpi_deals";
    private static final String LEADS = "kpi_leads";
    private static final String ACCOUNTS = "kpi_accounts";
    private static final String PLANS = "kpi_plans";

    /** Every collection of the read model: what a rebuild writes anew and switches over. */
    public static final List<String> COLLECTIONS = List.of(
            CELLS,
            LEADS,
            DEALS,
            ACCOUNTS,
            PLANS,
            JourneyStore.JOURNEYS,
            JourneyStore.LINKS,
            PipelineDefinitions.COLLECTION);

    private final CellStore cells;
    private final FactStateStore<LeadState> leads;
    private final FactStateStore<DealState> deals;
    private final FactStateStore<AccountState> accounts;
    private final FactStateStore<PlanState> plans;
    private final JourneyStore journeys;
    private final PipelineDefinitions definitions;
    private final MongoDatabase database;
    private final String prefix;

    /** The read model the queries answer from. */
    @Autowired
    public KpiCells(MongoDatabase metricsDatabase) {
        this(metricsDatabase, "");
    }

    /** @param prefix of every collection's name: a rebuild writes its own before they replace these */
    public KpiCells(MongoDatabase metricsDatabase, String prefix) {
        this.cells = new CellStore(metricsDatabase, prefix + CELLS);
        this.leads = new FactStateStore<>(metricsDatabase, prefix + LEADS, LeadState::new);
        this.deals = new FactStateStore<>(metricsDatabase, prefix + DEALS, DealState::new);
        this.accounts = new FactStateStore<>(metricsDatabase, prefix + ACCOUNTS, AccountState::new);
        this.plans = new FactStateStore<>(metricsDatabase, prefix + PLANS, PlanState::new);
        this.journeys = new JourneyStore(metricsDatabase, prefix);
        this.definitions = new PipelineDefinitions(metricsDatabase, prefix);
        this.database = metricsDatabase;
        this.prefix = prefix;
        // The stalled-deals query reads a tenant's open deals stage by stage, oldest first.
        metricsDatabase
                .getCollection(prefix + DEALS)
                .createIndex(Indexes.ascending("tenant", "openStage", "stageEnteredAt"));
    }

    public CellStore cells() {
        return cells;
    }

    PipelineDefinitions definitions() {
        return definitions;
    }

    /** The deals' fact states, which the stalled-deals query lists. */
    MongoCollection<Document> deals() {
        return database.getCollection(prefix + DEALS);
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
