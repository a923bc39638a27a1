package io.stageflow.metrics.kpi;

import com.mongodb.client.model.Filters;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Ratios;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Open deals stuck in their stage, listed from the deal states and judged against the cells. */
@Component
public class StalledDealsQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final KpiCells cells;
    private final CellReader reader;
    private final TenantZones zones;
    private final Clock clock;

    public StalledDealsQuery(KpiCells cells, TenantZones zones, Clock clock) {
        this.cells = cells;
        this.reader = new CellReader(cells.cells());
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * Open deals past their stage's p90 stay or their pipeline's rotten-after days, oldest first, at
     * most {@code limit}. Lists deal states (one document per open deal of the tenant, through an
     * index on tenant and stage), not cells: an answer about individual deals.
     */
    public StalledDeals stalled(TenantId tenant, Map<String, String> filters, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, not " + limit);
        }
        DayRange history = DayRange.parse(null, null, zones.zoneOf(tenant.value()));
        Map<String, Double> p90 = new TreeMap<>();
        CycleTime.of(
                        reader.answer(new SliceQuery(tenant.value(), DEALS, history, Slice.ALL, null, null))
                                .total(),
                        null)
                .stages()
                .forEach(stage -> p90.put(stage.stage(), stage.p90Days()));
        Instant now = clock.instant();
        List<Bson> filter =
                new ArrayList<>(List.of(Filters.eq("tenant", tenant.value()), Filters.ne("openStage", null)));
        // A list of deal states, not cells: any combination of filters is a match on the deal's slices.
        filters.forEach((dimension, value) -> filter.add(
                Filters.elemMatch("slices", Filters.and(Filters.eq("d", dimension), Filters.eq("v", value)))));
        DefinitionsUsed used = new DefinitionsUsed(cells.definitions(), tenant.value());
        List<StalledDeals.Deal> stalled = new ArrayList<>();
        for (Document deal : cells.deals().find(Filters.and(filter))) {
            Instant entered = deal.getDate("stageEnteredAt").toInstant();
            String stage = deal.getString("openStage");
            double age = Duration.between(entered, now).toMillis() / Durations.MILLIS_PER_DAY;
            String pipeline = deal.getString("pipelineId");
            int version = deal.getInteger("pipelineVersion", 1);
            Integer rotten = used.find(pipeline, version)
                    .map(PipelineDefinitions.Definition::rottenAfterDays)
                    .orElse(null);
            Double stageP90 = p90.get(stage);
            List<String> because = new ArrayList<>();
            if (stageP90 != null && age > stageP90) {
                because.add("P90");
            }
            if (rotten != null && age > rotten) {
                because.add("ROTTEN");
            }
            if (!because.isEmpty()) {
                stalled.add(new StalledDeals.Deal(
                        deal.getString("aggregateId"), stage, entered, Ratios.round(age), stageP90, rotten, because));
            }
        }
        stalled.sort(Comparator.comparingDouble(StalledDeals.Deal::ageDays).reversed());
        LocalDate today = LocalDate.ofInstant(now, zones.zoneOf(tenant.value()));
        return new StalledDeals(
                today, stalled.size(), stalled.stream().limit(limit).toList(), used.found(), used.missing());
    }
}
