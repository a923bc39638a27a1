package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import io.stageflow.bench.org.OrgVocabulary;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Cycle time in one region: the sales cycle (opening to win) of the wins on the range's days, and
 * the time spent in each pipeline stage by the stays that ended on them (left by the next move, the
 * win or the loss), each as count, mean, median and p90 in days. The service also answers the
 * journey cycle, lead-stage stays and the age of open deals, which this SQL leaves out: DuckDB's
 * question is the smaller one.
 */
final class CycleTimeQuestion implements Question {
    private static final String SQL =
            """
            WITH deals AS (
                SELECT aggregate_id, occurred_at AS opened_at FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.opened.v1' AND region = ?),
            wins AS (
                SELECT (epoch_ms(e.occurred_at) - epoch_ms(d.opened_at)) / 86400000.0 AS days
                FROM events e JOIN deals d USING (aggregate_id)
                WHERE e.tenant = ? AND e.event_type = 'stageflow.opportunity.won.v1'
                  AND e.occurred_at >= ? AND e.occurred_at < ?),
            steps AS (
                SELECT e.stage_to AS stage, e.occurred_at AS entered,
                       lead(e.occurred_at) OVER (PARTITION BY e.aggregate_id ORDER BY e.seq) AS left_at
                FROM events e JOIN deals d USING (aggregate_id)
                WHERE e.tenant = ? AND e.event_type IN ('stageflow.opportunity.opened.v1',
                    'stageflow.opportunity.stage-changed.v1', 'stageflow.opportunity.won.v1',
                    'stageflow.opportunity.lost.v1')),
            stays AS (
                SELECT stage, (epoch_ms(left_at) - epoch_ms(entered)) / 86400000.0 AS days FROM steps
                WHERE stage <> 'WON' AND left_at >= ? AND left_at < ?)
            SELECT 'cycle' AS stage, count(*) AS n, avg(days) AS mean_days, quantile_disc(days, 0.5) AS median_days,
                   quantile_disc(days, 0.9) AS p90_days FROM wins
            UNION ALL
            SELECT stage, count(*), avg(days), quantile_disc(days, 0.5), quantile_disc(days, 0.9) FROM stays GROUP BY stage
            """;

    @Override
    public String name() {
        return "cycle-time";
    }

    @Override
    public String dimension() {
        return "region";
    }

    @Override
    public List<String> values(OrgSize size) {
        return OrgVocabulary.REGIONS;
    }

    @Override
    public String path(String tenant, QueryParams p) {
        return "/api/metrics/cycle-time?from=" + p.from() + "&to=" + p.to() + "&region=" + Questions.encode(p.filter());
    }

    @Override
    public List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams p) {
        var from = Questions.start(p.from());
        var to = Questions.start(p.to());
        return Duck.query(duckdb, SQL, tenant, p.filter(), tenant, from, to, tenant, from, to);
    }

    @Override
    public List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb) {
        Map<String, Object> cycle = duckdb.stream()
                .filter(row -> "cycle".equals(row.get("stage")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> needsAnalysis = duckdb.stream()
                .filter(row -> "NEEDS_ANALYSIS".equals(row.get("stage")))
                .findFirst()
                .orElse(Map.of());
        JsonNode stay = null;
        for (JsonNode stage : service.path("stages")) {
            if (stage.path("stage").asText().equals("NEEDS_ANALYSIS")) {
                stay = stage;
            }
        }
        return List.of(
                new Agreement(name(), "won", service.path("won").asDouble(), Duck.number(cycle, "n"), 0),
                new Agreement(
                        name(),
                        "meanDays",
                        service.path("meanDays").asDouble(),
                        Duck.number(cycle, "mean_days"),
                        0.0001),
                // DDSketch with 1 % relative accuracy against DuckDB's exact median.
                new Agreement(
                        name(),
                        "medianDays (±1 %)",
                        service.path("medianDays").asDouble(),
                        Duck.number(cycle, "median_days"),
                        0.01 * Duck.number(cycle, "median_days") + 0.0001),
                new Agreement(
                        name(),
                        "NEEDS_ANALYSIS meanDays",
                        stay == null ? Double.NaN : stay.path("meanDays").asDouble(),
                        Duck.number(needsAnalysis, "mean_days"),
                        0.0001));
    }
}
