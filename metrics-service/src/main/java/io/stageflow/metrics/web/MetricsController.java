package io.stageflow.metrics.web;

import io.stageflow.events.ids.TenantId;
import io.stageflow.metrics.kpi.Conversion;
import io.stageflow.metrics.kpi.CycleTime;
import io.stageflow.metrics.kpi.DealSize;
import io.stageflow.metrics.kpi.Forecast;
import io.stageflow.metrics.kpi.ForecastQuery;
import io.stageflow.metrics.kpi.KpiDimensions;
import io.stageflow.metrics.kpi.KpiQuery;
import io.stageflow.metrics.kpi.Leaderboard;
import io.stageflow.metrics.kpi.LeaderboardQuery;
import io.stageflow.metrics.kpi.LossAnalysis;
import io.stageflow.metrics.kpi.Pipeline;
import io.stageflow.metrics.kpi.PipelineChanges;
import io.stageflow.metrics.kpi.StalledDeals;
import io.stageflow.metrics.kpi.StalledDealsQuery;
import io.stageflow.metrics.kpi.UnitEconomics;
import io.stageflow.metrics.kpi.Velocity;
import io.stageflow.metrics.projection.Stage;
import io.stageflow.metrics.query.Report;
import io.stageflow.metrics.query.TimeRange;
import io.stageflow.metrics.query.funnel.Funnel;
import io.stageflow.metrics.query.funnel.FunnelQuery;
import io.stageflow.metrics.query.status.ProjectionStatus;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.query.winrate.WinRate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metrics of the caller's tenant, taken from the token and nowhere else. {@code from}/{@code to}
 * are ISO dates (start of day, UTC) or instants; the range is [from, to), open where absent.
 */
@RestController
@RequestMapping("/api/metrics")
class MetricsController {
    private final FunnelQuery funnel;
    private final KpiQuery kpis;
    private final ForecastQuery forecasts;
    private final LeaderboardQuery leaderboards;
    private final StalledDealsQuery stalledDeals;
    private final ProjectionStatusQuery status;

    MetricsController(
            FunnelQuery funnel,
            KpiQuery kpis,
            ForecastQuery forecasts,
            LeaderboardQuery leaderboards,
            StalledDealsQuery stalledDeals,
            ProjectionStatusQuery status) {
        this.funnel = funnel;
        this.kpis = kpis;
        this.forecasts = forecasts;
        this.leaderboards = leaderboards;
        this.stalledDeals = stalledDeals;
        this.status = status;
    }

    /** Journeys that started in the range, by the stages they reached; stages default to the whole pipeline. */
    @GetMapping("/funnel")
    Funnel funnel(
            TenantId tenant,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String stages) {
        return funnel.funnel(tenant, TimeRange.parse(from, to), stages(stages));
    }

    /** Opportunities won and lost on the range's days; sliced, grouped and by period on request. */
    @GetMapping("/win-rate")
    Report<WinRate> winRate(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.winRate(tenant, question(parameters));
    }

    /** Standing losses by reason, stage at loss and competitor. */
    @GetMapping("/loss-analysis")
    Report<LossAnalysis> lossAnalysis(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.lossAnalysis(tenant, question(parameters));
    }

    /** Lead to opportunity to qualified opportunity to win, over the range's days. */
    @GetMapping("/conversion")
    Report<Conversion> conversion(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.conversion(tenant, question(parameters));
    }

    /** Open opportunities per stage, count and value, at the end of the {@code asOf} day (default now). */
    @GetMapping("/pipeline")
    Report<Pipeline> pipeline(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.pipeline(tenant, question(parameters), parameters.get("asOf"));
    }

    /** Deal flow from the start of {@code from} to the end of the day before {@code to}: a waterfall and movements. */
    @GetMapping("/pipeline-changes")
    Report<PipelineChanges> pipelineChanges(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.pipelineChanges(tenant, question(parameters));
    }

    /** Revenue per day the pipeline is expected to bring: open deals × win rate × deal size ÷ cycle. */
    @GetMapping("/velocity")
    Velocity velocity(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.velocity(tenant, question(parameters));
    }

    /** The open pipeline by expected close month, weighted by stage probabilities defined and learned. */
    @GetMapping("/forecast")
    Forecast forecast(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return forecasts.forecast(tenant, question(parameters).filters());
    }

    /** Open deals stuck in their stage: past its p90 stay or the pipeline's rotten-after days. */
    @GetMapping("/stalled")
    StalledDeals stalled(
            TenantId tenant,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "100") int limit) {
        return stalledDeals.stalled(tenant, question(parameters).filters(), limit);
    }

    /** Reps (or teams, {@code by=team}) over a planning period, against their quotas. */
    @GetMapping("/reps")
    Leaderboard reps(
            TenantId tenant, @RequestParam(required = false) String period, @RequestParam(required = false) String by) {
        return leaderboards.leaderboard(tenant, period, by);
    }

    /** CAC, CLV and retention for one period, with their inputs. */
    @GetMapping("/unit-economics")
    UnitEconomics unitEconomics(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.unitEconomics(tenant, question(parameters));
    }

    /** Won amounts and average deal size, per currency. */
    @GetMapping("/deal-size")
    Report<DealSize> dealSize(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.dealSize(tenant, question(parameters));
    }

    /** Opening-to-win over wins on the range's days, time in each stage, and open deals' age in theirs. */
    @GetMapping("/cycle-time")
    Report<CycleTime> cycleTime(TenantId tenant, @RequestParam Map<String, String> parameters) {
        return kpis.cycleTime(tenant, question(parameters));
    }

    /** Projection lag, the same for every tenant: poll until 0 to know earlier writes are visible. */
    @GetMapping("/status")
    ProjectionStatus status() {
        return status.status();
    }

    /** The cell-backed KPIs' parameters: from, to, groupBy, grain and at most one dimension filter. */
    private static KpiQuery.Question question(Map<String, String> parameters) {
        Map<String, String> filters = new TreeMap<>();
        KpiDimensions.ALL.forEach(dimension -> {
            String value = parameters.get(dimension);
            if (value != null) {
                filters.put(dimension, value);
            }
        });
        return new KpiQuery.Question(
                parameters.get("from"),
                parameters.get("to"),
                filters,
                parameters.get("groupBy"),
                parameters.get("grain"));
    }

    private static List<Stage> stages(String names) {
        if (names == null || names.isBlank()) {
            return List.of(Stage.values());
        }
        return Arrays.stream(names.split(",")).map(Stage::parse).toList();
    }
}
