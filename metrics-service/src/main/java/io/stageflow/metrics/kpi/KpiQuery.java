package io.stageflow.metrics.kpi;

import com.mongodb.client.model.Filters;
import io.stageflow.events.Period;
import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.cube.Breakdown;
import io.stageflow.metrics.cube.CellReader;
import io.stageflow.metrics.cube.Figures;
import io.stageflow.metrics.cube.Slice;
import io.stageflow.metrics.cube.SliceQuery;
import io.stageflow.metrics.cube.TenantZones;
import io.stageflow.metrics.query.DayRange;
import io.stageflow.metrics.query.Grain;
import io.stageflow.metrics.query.Ratios;
import io.stageflow.metrics.query.Report;
import io.stageflow.metrics.query.winrate.WinRate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** The cell-backed KPIs (win rate, loss analysis, deal size, conversion) for any day range and slice. */
@Component
public class KpiQuery {
    private static final List<String> DEALS = List.of(KpiFigures.DEALS);
    private final KpiCells cells;
    private final CellReader reader;
    private final TenantZones zones;
    private final Clock clock;

    public KpiQuery(KpiCells cells, TenantZones zones, Clock clock) {
        this.cells = cells;
        this.reader = new CellReader(cells.cells());
        this.zones = zones;
        this.clock = clock;
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
     * Cycle and time in stage over the range's days, and the open deals' current age in their stage
     * (in the whole answer: ages are of today, not of a range).
     */
    public Report<CycleTime> cycleTime(TenantId tenant, Question question) {
        SliceQuery query = sliceQuery(tenant, question, List.of(KpiFigures.LEADS, KpiFigures.DEALS));
        Report<CycleTime> report = Report.of(reader.answer(query), figures -> CycleTime.of(figures, null));
        Breakdown total = reader.answer(query);
        return new Report<>(
                CycleTime.of(total.total(), ages(tenant, query.filter())), report.groups(), report.periods());
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
        DayRange upToEnd = new DayRange(DayRange.FIRST_DAY, range.range().to());
        List<String> accounts = List.of(KpiFigures.ACCOUNTS);
        long atStart = reader.answer(new SliceQuery(tenant.value(), accounts, before, range.filter(), null, null))
                .total()
                .count(KpiFigures.CUSTOMERS);
        long atEnd = reader.answer(new SliceQuery(tenant.value(), accounts, upToEnd, range.filter(), null, null))
                .total()
                .count(KpiFigures.CUSTOMERS);
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
     * Open deals past their stage's p90 stay or their pipeline's rotten-after days, oldest first, at
     * most {@code limit}. Lists deal states (one document per open deal of the tenant, through an
     * index on tenant and stage), not cells: an answer about individual deals.
     */
    public StalledDeals stalled(TenantId tenant, Map<String, String> filters, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, not " + limit);
        }
        Question everything = new Question(null, null, filters, null, null);
        SliceQuery history = sliceQuery(tenant, everything, DEALS);
        Map<String, Double> p90 = new TreeMap<>();
        CycleTime.of(
                        reader.answer(new SliceQuery(tenant.value(), DEALS, history.range(), Slice.ALL, null, null))
                                .total(),
                        null)
                .stages()
                .forEach(stage -> p90.put(stage.stage(), stage.p90Days()));
        Instant now = clock.instant();
        List<Bson> filter =
                new ArrayList<>(List.of(Filters.eq("tenant", tenant.value()), Filters.ne("openStage", null)));
        if (!history.filter().isAll()) {
            filter.add(Filters.elemMatch(
                    "slices",
                    Filters.and(
                            Filters.eq("d", history.filter().dimension()),
                            Filters.eq("v", history.filter().value()))));
        }
        Map<String, Optional<PipelineDefinitions.Definition>> definitions = new HashMap<>();
        List<StalledDeals.Deal> stalled = new ArrayList<>();
        for (Document deal : cells.deals().find(Filters.and(filter))) {
            Instant entered = deal.getDate("stageEnteredAt").toInstant();
            String stage = deal.getString("openStage");
            double age = Duration.between(entered, now).toMillis() / Durations.MILLIS_PER_DAY;
            String pipeline = deal.getString("pipelineId");
            int version = deal.getInteger("pipelineVersion", 1);
            Integer rotten = definitions
                    .computeIfAbsent(
                            pipeline + "/" + version, k -> cells.definitions().find(tenant.value(), pipeline, version))
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
                today, stalled.size(), stalled.stream().limit(limit).toList());
    }

    /**
     * Reps or teams over one planning period ({@code 2026}, {@code 2026-Q3}, {@code 2026-07}), the
     * period's days cut in the tenant's zone, with their quota for exactly that period.
     */
    public Leaderboard leaderboard(TenantId tenant, String periodValue, String by) {
        String dimension = by == null ? KpiDimensions.REP : by;
        if (!dimension.equals(KpiDimensions.REP) && !dimension.equals(KpiDimensions.TEAM)) {
            throw new IllegalArgumentException("by must be rep or team, not '" + by + "'");
        }
        if (periodValue == null) {
            throw new IllegalArgumentException(
                    "give the period: a year (2026), a quarter (2026-Q3) or a month (2026-07)");
        }
        Period period = new Period(periodValue);
        DayRange days = new DayRange(period.start(), period.end());
        Map<String, Figures> deals =
                byValue(reader.answer(new SliceQuery(tenant.value(), DEALS, days, Slice.ALL, dimension, null)));
        Map<String, Figures> quotas = byValue(reader.answer(new SliceQuery(
                tenant.value(),
                List.of(KpiFigures.PLANS),
                new DayRange(period.start(), period.start().plusDays(1)),
                Slice.ALL,
                dimension,
                null)));
        return Leaderboard.of(period.value(), dimension, deals, quotas);
    }

    private static Map<String, Figures> byValue(Breakdown breakdown) {
        Map<String, Figures> byValue = new TreeMap<>();
        breakdown.groups().forEach(group -> byValue.put(group.value(), group.total()));
        return byValue;
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
