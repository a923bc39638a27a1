package io.stageflow.metrics.kpi;

import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Breakdown;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import io.stageflow.metrics.query.Report;
import io.stageflow.metrics.query.winrate.WinRate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The cell-backed KPIs over a range of days and a slice: win rate, loss analysis, deal size,
 * conversion, cycle time, unit economics, velocity, the pipeline as of a day and its changes
 * between two days. The forecast, the reps leaderboard and the stalled deals have queries of their
 * own.
 */
@Component
public class KpiQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final CellReader reader;
    private final PipelineDefinitions definitions;
    private final TenantZones zones;
    private final Clock clock;

    public KpiQuery(KpiCells cells, TenantZones zones, Clock clock) {
        this.reader = new CellReader(cells.cells());
        this.definitions = cells.definitions();
        this.zones = zones;
        this.clock = clock;
    }

    /** The request's question: {@code filters} holds the dimension parameters given. */
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
     * Cycle and time in stage over the range's days, and the open deals' current age in their stage
     * (in the whole answer: ages are of today, not of a range).
     */
    public Report<CycleTime> cycleTime(TenantId tenant, Question question) {
        SliceQuery query =
                sliceQuery(tenant, question, List.of(KpiFigures.LEADS, KpiFigures.DEALS, KpiFigures.JOURNEYS));
        Breakdown breakdown = reader.answer(query);
        Report<CycleTime> report = Report.of(breakdown, figures -> CycleTime.of(figures, null));
        return new Report<>(
                CycleTime.of(breakdown.total(), ages(tenant, query.filter())), report.groups(), report.periods());
    }

    /** Open deals by stage, aged today minus the day they entered it: every day's open counts, summed. */
    private Map<String, DurationSummary> ages(TenantId tenant, Slice filter) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(tenant.value())));
        Breakdown byEntryDay = reader.answer(new SliceQuery(
                tenant.value(), DEALS, new DayRange(DayRange.FIRST_DAY, today.plusDays(1)), filter, null, Grain.DAY));
        Map<String, DurationSummary.Builder> builders = new TreeMap<>();
        for (Breakdown.Period day : byEntryDay.periods()) {
            long ageDays = ChronoUnit.DAYS.between(day.start(), today);
            day.figures().counts().forEach((name, open) -> {
                String stage = KpiFigures.partOf("inStage", name);
                if (stage != null && open > 0) {
                    DurationSummary.Builder builder =
                            builders.computeIfAbsent(stage, s -> new DurationSummary.Builder());
                    builder.count(open, (double) open * ageDays);
                    builder.bucket(Durations.bucketOf(ageDays), open);
                }
            });
        }
        Map<String, DurationSummary> ages = new TreeMap<>();
        builders.forEach((stage, builder) -> ages.put(stage, builder.summary()));
        return ages;
    }

    /**
     * CAC, CLV and retention over a bounded range. Spend counts for the periods that start on the
     * range's days; customers at the start and end are running sums of the customer changes.
     */
    public UnitEconomics unitEconomics(TenantId tenant, Question question) {
        if (question.from() == null
                || question.to() == null
                || question.groupBy() != null
                || question.grain() != null) {
            throw new IllegalArgumentException(
                    "unit economics are for one period: give from and to, without groupBy or grain");
        }
        SliceQuery range = sliceQuery(tenant, question, List.of(KpiFigures.ACCOUNTS, KpiFigures.PLANS));
        Figures inRange = reader.answer(range).total();
        DayRange before = new DayRange(DayRange.FIRST_DAY, range.range().from());
        long atStart = reader.answer(new SliceQuery(
                        tenant.value(), List.of(KpiFigures.ACCOUNTS), before, range.filter(), null, null))
                .total()
                .count(KpiFigures.CUSTOMERS);
        // The customers figure is a running change, so the end is the start plus the range's changes.
        long atEnd = atStart + inRange.count(KpiFigures.CUSTOMERS);
        long days = ChronoUnit.DAYS.between(range.range().from(), range.range().to());
        return UnitEconomics.of(inRange, atStart, atEnd, days);
    }

    /**
     * Velocity over a bounded range: the pipeline open at its end, and win rate, deal size and cycle
     * measured over it. Takes one filter; no groupBy or grain.
     */
    public Velocity velocity(TenantId tenant, Question question) {
        if (question.from() == null
                || question.to() == null
                || question.groupBy() != null
                || question.grain() != null) {
            throw new IllegalArgumentException("velocity is for one range: give from and to, without groupBy or grain");
        }
        SliceQuery range = sliceQuery(tenant, question, List.of(KpiFigures.LEADS, KpiFigures.DEALS));
        Figures measured = reader.answer(range).total();
        Figures openAtEnd = reader.answer(new SliceQuery(
                        tenant.value(),
                        DEALS,
                        new DayRange(DayRange.FIRST_DAY, range.range().to()),
                        range.filter(),
                        null,
                        null))
                .total();
        return Velocity.of(
                Pipeline.of(openAtEnd),
                WinRate.of(measured.count(KpiFigures.WON), measured.count(KpiFigures.LOST)),
                DealSize.of(measured),
                CycleTime.of(measured, null));
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

    /**
     * Deal flow over a bounded range: the open pipeline at its start (the sum of all changes before
     * it), the range's waterfall terms and movements, and its end. Stage moves are judged by the
     * pipeline definitions as known now. Takes filters, groupBy and grain (each period from the end
     * of the one before).
     */
    public Report<PipelineChanges> pipelineChanges(TenantId tenant, Question question) {
        if (isBlank(question.from()) || isBlank(question.to())) {
            throw new IllegalArgumentException("pipeline changes are between two days: give from and to");
        }
        SliceQuery range = sliceQuery(tenant, question, DEALS);
        SliceQuery before = new SliceQuery(
                tenant.value(),
                DEALS,
                new DayRange(DayRange.FIRST_DAY, range.range().from()),
                range.filter(),
                range.groupBy(),
                null);
        Breakdown changes = reader.answer(range);
        // Every group's moves are among the total's (the total is a wider slice), so one read finds all.
        Map<PipelineRef, PipelineDefinitions.Definition> known =
                definitions.findAll(tenant.value(), StageMoves.versionsIn(changes.total()));
        return Report.of(reader.answer(before), changes, (start, inRange) -> PipelineChanges.of(start, inRange, known));
    }

    private static boolean isBlank(String parameter) {
        return parameter == null || parameter.isBlank();
    }

    private SliceQuery sliceQuery(TenantId tenant, Question question, List<String> families) {
        return Questions.sliceQuery(tenant, question, families, zones.zoneOf(tenant.value()));
    }
}
