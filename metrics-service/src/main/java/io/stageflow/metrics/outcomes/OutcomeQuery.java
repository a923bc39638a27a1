package io.stageflow.metrics.outcomes;

import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import io.stageflow.metrics.query.Report;
import io.stageflow.metrics.query.winrate.WinRate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Win rate, loss analysis and deal size from the outcome cells, for any day range and slice. */
@Component
public class OutcomeQuery {
    private final CellReader reader;
    private final TenantZones zones;

    public OutcomeQuery(OutcomeCells cells, TenantZones zones) {
        this.reader = new CellReader(cells.cells());
        this.zones = zones;
    }

    /** The request's question: {@code filters} holds the dimension parameters given (at most one). */
    public record Question(String from, String to, Map<String, String> filters, String groupBy, String grain) {}

    public Report<WinRate> winRate(TenantId tenant, Question question) {
        return Report.of(
                reader.answer(sliceQuery(tenant, question)),
                f -> WinRate.of(f.count(OutcomeFigures.WON), f.count(OutcomeFigures.LOST)));
    }

    public Report<LossAnalysis> lossAnalysis(TenantId tenant, Question question) {
        return Report.of(reader.answer(sliceQuery(tenant, question)), LossAnalysis::of);
    }

    public Report<DealSize> dealSize(TenantId tenant, Question question) {
        return Report.of(reader.answer(sliceQuery(tenant, question)), DealSize::of);
    }

    private SliceQuery sliceQuery(TenantId tenant, Question question) {
        ZoneId zone = zones.zoneOf(tenant.value());
        if (question.filters().size() > 1) {
            throw new IllegalArgumentException("filter on one dimension at a time (got "
                    + question.filters().keySet() + "): combinations are not pre-aggregated");
        }
        Slice filter = question.filters().entrySet().stream()
                .findFirst()
                .map(e -> Slice.of(e.getKey(), e.getValue()))
                .orElse(Slice.ALL);
        String groupBy = question.groupBy();
        if (groupBy != null && !DealDimensions.ALL.contains(groupBy)) {
            throw new IllegalArgumentException("unknown groupBy '" + groupBy + "'; known: " + DealDimensions.ALL);
        }
        return new SliceQuery(
                tenant.value(),
                OutcomeFigures.FAMILY,
                DayRange.parse(question.from(), question.to(), zone),
                filter,
                groupBy,
                Grain.parse(question.grain()));
    }
}
