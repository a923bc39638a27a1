package io.stageflow.metrics.kpi;

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
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The cell-backed KPIs (win rate, loss analysis, deal size, conversion) for any day range and slice. */
@Component
public class KpiQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final CellReader reader;
    private final TenantZones zones;

    public KpiQuery(KpiCells cells, TenantZones zones) {
        this.reader = new CellReader(cells.cells());
        this.zones = zones;
    }

    /** The request's question: {@code filters} holds the dimension parameters given (at most one). */
    public record Question(String from, String to, Map<String, String> filters, String groupBy, String grain) {}

    public Report<WinRate> winRate(TenantId tenant, Question question) {
        return Report.of(
                reader.answer(sliceQuery(tenant, question, DEALS)),
                f -> WinRate.of(f.count(KpiFigures.WON), f.count(KpiFigures.LOST)));
    }

    public Report<LossAnalysis> lossAnalysis(TenantId tenant, Question question) {
        return Report.of(reader.answer(sliceQuery(tenant, question, DEALS)), LossAnalysis::of);
    }

    public Report<DealSize> dealSize(TenantId tenant, Question question) {
        return Report.of(reader.answer(sliceQuery(tenant, question, DEALS)), DealSize::of);
    }

    public Report<Conversion> conversion(TenantId tenant, Question question) {
        return Report.of(
                reader.answer(sliceQuery(tenant, question, List.of(KpiFigures.LEADS, KpiFigures.DEALS))),
                Conversion::of);
    }

    /**
     * The pipeline at the end of the {@code asOf} day (default: now): the sum of every pipeline change
     * up to it. Takes filters and groupBy; from, to and grain are for the other KPIs.
     */
    public Report<Pipeline> pipeline(TenantId tenant, Question question, String asOf) {
        if (question.from() != null || question.to() != null || question.grain() != null) {
            throw new IllegalArgumentException(
                    "the pipeline is a state as of one day: give asOf, not from, to or grain");
        }
        String end = asOf == null
                ? null
                : DayRange.parse(asOf, null, zones.zoneOf(tenant.value()))
                        .from()
                        .plusDays(1)
                        .toString();
        Question upToAsOf = new Question(null, end, question.filters(), question.groupBy(), null);
        return Report.of(reader.answer(sliceQuery(tenant, upToAsOf, DEALS)), Pipeline::of);
    }

    private SliceQuery sliceQuery(TenantId tenant, Question question, List<String> families) {
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
        if (groupBy != null && !KpiDimensions.ALL.contains(groupBy)) {
            throw new IllegalArgumentException("unknown groupBy '" + groupBy + "'; known: " + KpiDimensions.ALL);
        }
        return new SliceQuery(
                tenant.value(),
                families,
                DayRange.parse(question.from(), question.to(), zone),
                filter,
                groupBy,
                Grain.parse(question.grain()));
    }
}
