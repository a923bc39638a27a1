package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The forecast by expected close month, from the cells and the pipeline definitions. */
@Component
public class ForecastQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final KpiCells cells;
    private final CellReader reader;
    private final TenantZones zones;
    private final Clock clock;

    public ForecastQuery(KpiCells cells, TenantZones zones, Clock clock) {
        this.cells = cells;
        this.reader = new CellReader(cells.cells());
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * The open pipeline by expected close month as of today, weighted by the pipelines' stage
     * probabilities and by the win probabilities learned from the tenant's closed deals.
     */
    public Forecast forecast(TenantId tenant, Map<String, String> filters) {
        SliceQuery history = sliceQuery(tenant, new KpiQuery.Question(null, null, filters, null, null), DEALS);
        LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(tenant.value())));
        Figures figures = reader.answer(history).total();
        DefinitionsUsed used = new DefinitionsUsed(cells.definitions(), tenant.value());
        return Forecast.of(today, figures, key -> used.find(key[0], Integer.parseInt(key[1]))
                        .flatMap(definition -> definition.stages().stream()
                                .filter(stage -> stage.name().equals(key[2]))
                                .map(PipelineDefinitions.Stage::probability)
                                .findFirst()))
                .with(used);
    }

    private SliceQuery sliceQuery(TenantId tenant, KpiQuery.Question question, List<String> families) {
        return Questions.sliceQuery(tenant, question, families, zones.zoneOf(tenant.value()));
    }
}
