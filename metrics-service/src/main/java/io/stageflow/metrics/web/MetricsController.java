package io.stageflow.metrics.web;

import io.stageflow.kit.security.Access;
import io.stageflow.kit.security.AccessRefused;
import io.stageflow.kit.security.Caller;
import io.stageflow.kit.security.Role;
import io.stageflow.metrics.kpi.Conversion;
import io.stageflow.metrics.kpi.CycleTime;
import io.stageflow.metrics.kpi.DealSize;
import io.stageflow.metrics.kpi.Forecast;
import io.stageflow.metrics.kpi.ForecastQuery;
import io.stageflow.metrics.kpi.Funnel;
import io.stageflow.metrics.kpi.FunnelQuery;
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
import io.stageflow.metrics.query.Report;
import io.stageflow.metrics.query.status.ProjectionStatus;
import io.stageflow.metrics.query.status.ProjectionStatusQuery;
import io.stageflow.metrics.query.winrate.WinRate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metrics of the caller's tenant, taken from the token and nowhere else, within the caller's
 * scope ({@link MetricsScope}). {@code from}/{@code to}
 * are days in the tenant's time zone (or instants at its midnight); the range is [from, to), open
 * where absent.
 */
@Tag(name = "metrics", description = "Sales KPIs of the caller's tenant")
@RestController
@RequestMapping("/api/metrics")
@PreAuthorize(Access.METRICS)
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

    @Operation(
            summary = "Funnel: journeys by stage, with step conversions",
            description = "Journeys that started in the range (mode=cohort) or got to each stage during it"
                    + " (mode=stage-entry); match=reached counts a stage entered or passed, match=strict only"
                    + " journeys that entered every listed stage up to it, in order. docs/metrics.md#funnel")
    @SliceParameters
    @GetMapping("/funnel")
    Report<Funnel> funnel(
            Caller caller,
            @RequestParam Map<String, String> parameters,
            @Parameter(
                            description = "Stages to count, comma-separated, in order; default: the lead stages, the"
                                    + " pipeline's stages in its newest version, and WON")
                    @RequestParam(required = false)
                    String stages,
            @Parameter(description = "cohort (default) or stage-entry") @RequestParam(required = false) String mode,
            @Parameter(description = "reached (default) or strict") @RequestParam(required = false) String match) {
        return funnel.funnel(caller.tenant(), question(caller, parameters), mode, match, stages);
    }

    @Operation(summary = "Win rate: opportunities won and lost on the range's days")
    @SliceParameters
    @GetMapping("/win-rate")
    Report<WinRate> winRate(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.winRate(caller.tenant(), question(caller, parameters));
    }

    @Operation(summary = "Loss analysis: standing losses by reason, stage at loss and competitor")
    @SliceParameters
    @GetMapping("/loss-analysis")
    Report<LossAnalysis> lossAnalysis(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.lossAnalysis(caller.tenant(), question(caller, parameters));
    }

    @Operation(
            summary = "Conversion: lead to opportunity to qualified opportunity to win",
            description = "Lead→opportunity %, opportunity→qualified %, lead→qualified %, qualified win rate and"
                    + " qualified opportunities per win, over the range's days")
    @SliceParameters
    @GetMapping("/conversion")
    Report<Conversion> conversion(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.conversion(caller.tenant(), question(caller, parameters));
    }

    @Operation(summary = "Pipeline: open opportunities per stage, count and value, at the end of a day")
    @SliceParameters(range = false, grain = false)
    @GetMapping("/pipeline")
    Report<Pipeline> pipeline(
            Caller caller,
            @RequestParam Map<String, String> parameters,
            @Parameter(description = "The day (ISO date, tenant's zone) whose end the pipeline is as of; default today")
                    @RequestParam(required = false)
                    String asOf) {
        return kpis.pipeline(caller.tenant(), question(caller, parameters), asOf);
    }

    @Operation(
            summary = "Pipeline changes: deal flow between two days, a waterfall and the movements",
            description = "From the start of from to the end of the day before to: start + new + reopened +"
                    + " increased - decreased ± reassigned - won - lost = end, per currency; advanced, moved back"
                    + " (by each deal's pipeline version), slipped and pulled in. from and to are required; with"
                    + " grain, each period's waterfall starts where the one before ended")
    @SliceParameters
    @GetMapping("/pipeline-changes")
    Report<PipelineChanges> pipelineChanges(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.pipelineChanges(caller.tenant(), question(caller, parameters));
    }

    @Operation(
            summary = "Sales velocity: open opportunities × win rate × average deal size ÷ cycle length",
            description = "Revenue per day the open pipeline is expected to bring; from and to are required")
    @SliceParameters(groupBy = false, grain = false)
    @GetMapping("/velocity")
    Velocity velocity(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.velocity(caller.tenant(), question(caller, parameters));
    }

    @Operation(
            summary = "Forecast: the open pipeline by expected close month",
            description = "Weighted by the pipeline versions' stage probabilities (defined) and by win probabilities"
                    + " learned from the tenant's closed deals (learned), each named in the answer")
    @SliceParameters(range = false, groupBy = false, grain = false)
    @GetMapping("/forecast")
    Forecast forecast(Caller caller, @RequestParam Map<String, String> parameters) {
        return forecasts.forecast(caller.tenant(), question(caller, parameters).filters());
    }

    @Operation(summary = "Stalled deals: open deals past their stage's p90 stay or the pipeline's rotten-after days")
    @SliceParameters(range = false, groupBy = false, grain = false)
    @GetMapping("/stalled")
    StalledDeals stalled(
            Caller caller,
            @RequestParam Map<String, String> parameters,
            @Parameter(description = "At most this many deals, oldest in their stage first")
                    @RequestParam(defaultValue = "100")
                    int limit) {
        return stalledDeals.stalled(
                caller.tenant(), question(caller, parameters).filters(), limit);
    }

    @Operation(summary = "Reps leaderboard: wins, amounts, win rate, cycle and quota attainment for a period")
    @GetMapping("/reps")
    Leaderboard reps(
            Caller caller,
            @Parameter(description = "A planning period: 2026, 2026-Q3 or 2026-07; default the current quarter")
                    @RequestParam(required = false)
                    String period,
            @Parameter(description = "rep (default) or team") @RequestParam(required = false) String by,
            @Parameter(description = "Only this team's deals, and the quotas of those on its board")
                    @RequestParam(required = false)
                    String team) {
        if (MetricsScope.seesTenant(caller)) {
            return leaderboards.leaderboard(caller.tenant(), period, by, team);
        }
        if (caller.has(Role.MANAGER)) {
            return leaderboards.leaderboard(caller.tenant(), period, by, MetricsScope.team(caller, team));
        }
        // A rep's board is their own line: their figures against their quota, no one else's.
        if (by != null && !by.equals(KpiDimensions.REP)) {
            throw new AccessRefused("A rep sees their own line of the reps leaderboard, not by=" + by + ".");
        }
        return leaderboards.leaderboard(caller.tenant(), period, by, team).only(caller.user());
    }

    @Operation(
            summary = "Unit economics: CAC, CLV and retention for one period, with their inputs",
            description = "CAC = spend ÷ new customers; CLV = average purchase × purchases per customer-year ×"
                    + " lifetime in years; from and to are required")
    @SliceParameters(groupBy = false, grain = false)
    @PreAuthorize(Access.TENANT_METRICS)
    @GetMapping("/unit-economics")
    UnitEconomics unitEconomics(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.unitEconomics(caller.tenant(), question(caller, parameters));
    }

    @Operation(summary = "Deal size: won amounts and average deal size, per currency")
    @SliceParameters
    @GetMapping("/deal-size")
    Report<DealSize> dealSize(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.dealSize(caller.tenant(), question(caller, parameters));
    }

    @Operation(
            summary = "Cycle time: opening to win, time in each stage, and open deals' current age in theirs",
            description = "Mean exact; median and p90 from DDSketch (1% relative accuracy)")
    @SliceParameters
    @GetMapping("/cycle-time")
    Report<CycleTime> cycleTime(Caller caller, @RequestParam Map<String, String> parameters) {
        return kpis.cycleTime(caller.tenant(), question(caller, parameters));
    }

    @Operation(
            summary = "Projection lag, the same for every tenant",
            description = "Poll until lag is 0 to know that earlier writes are visible")
    @PreAuthorize(Access.ANY_ROLE)
    @GetMapping("/status")
    ProjectionStatus status() {
        return status.status();
    }

    /** The cell-backed KPIs' parameters: from, to, groupBy, grain and the dimension filters. */
    private static KpiQuery.Question question(Caller caller, Map<String, String> parameters) {
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
                MetricsScope.of(caller, filters),
                parameters.get("groupBy"),
                parameters.get("grain"));
    }
}
