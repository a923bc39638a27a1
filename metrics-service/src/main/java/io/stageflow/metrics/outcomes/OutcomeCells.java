package io.stageflow.metrics.outcomes;

import com.mongodb.client.MongoDatabase;
import io.stageflow.metrics.cube.CellStore;
import org.springframework.stereotype.Component;

/** The outcome read model's two collections: the cells queries read and the deal states behind them. */
@Component
public class OutcomeCells {
    static final String CELLS = "outcome_cells";

    private final CellStore cells;
    private final DealStateStore states;

    public OutcomeCells(MongoDatabase metricsDatabase) {
        this.cells = new CellStore(metricsDatabase, CELLS);
        this.states = new DealStateStore(metricsDatabase);
    }

    public CellStore cells() {
        return cells;
    }

    DealStateStore states() {
        return states;
    }
}
