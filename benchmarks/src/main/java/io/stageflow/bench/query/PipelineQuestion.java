package io.stageflow.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageflow.bench.org.OrgSize;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The open pipeline of one team as of the end of a day: the deals opened by then and not closed by
 * then (a reopen after a close puts one back), per stage and currency, with their current amount.
 */
final class PipelineQuestion implements Question {
    private static final String SQL =
            """
            WITH deals AS (
                SELECT aggregate_id FROM events
                WHERE tenant = ? AND event_type = 'stageflow.opportunity.opened.v1' AND team = ?),
            history AS (
                SELECT e.aggregate_id,
                       arg_max(e.stage_to, e.seq) FILTER (WHERE e.event_type IN ('stageflow.opportunity.opened.v1',
                           'stageflow.opportunity.stage-changed.v1', 'stageflow.opportunity.reopened.v1')) AS stage,
                       arg_max(e.event_type, e.seq) FILTER (WHERE e.event_type IN ('stageflow.opportunity.won.v1',
                           'stageflow.opportunity.lost.v1', 'stageflow.opportunity.reopened.v1')) AS last_close,
                       arg_max(e.amount, e.seq) FILTER (WHERE e.event_type IN ('stageflow.opportunity.opened.v1',
                           'stageflow.opportunity.amount-changed.v1')) AS amount,
                       arg_max(e.currency, e.seq) FILTER (WHERE e.event_type IN ('stageflow.opportunity.opened.v1',
                           'stageflow.opportunity.amount-changed.v1')) AS currency
                FROM events e JOIN deals d USING (aggregate_id)
                WHERE e.tenant = ? AND e.occurred_at < ?
                GROUP BY e.aggregate_id)
            SELECT stage, currency, count(*) AS open, sum(amount) AS value FROM history
            WHERE last_close IS NULL OR last_close = 'stageflow.opportunity.reopened.v1'
            GROUP BY stage, currency ORDER BY stage, currency
            """;

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String dimension() {
        return "team";
    }

    @Override
    public List<String> values(OrgSize size) {
        List<String> teams = new ArrayList<>();
        for (int team = 0; team < size.teams(); team++) {
            teams.add(size.team(team));
        }
        return teams;
    }

    @Override
    public String path(String tenant, QueryParams p) {
        return "/api/metrics/pipeline?asOf=" + p.asOf() + "&team=" + Questions.encode(p.filter());
    }

    @Override
    public List<Map<String, Object>> askDuckDb(Connection duckdb, String tenant, QueryParams p) {
        return Duck.query(
                duckdb,
                SQL,
                tenant,
                p.filter(),
                tenant,
                Questions.start(p.asOf().plusDays(1)));
    }

    @Override
    public List<Agreement> compare(JsonNode service, List<Map<String, Object>> duckdb) {
        double open =
                duckdb.stream().mapToDouble(row -> Duck.number(row, "open")).sum();
        double eur = duckdb.stream()
                .filter(row -> "EUR".equals(row.get("currency")))
                .mapToDouble(row -> Duck.number(row, "value"))
                .sum();
        double serviceEur = 0;
        for (JsonNode stage : service.path("byStage")) {
            serviceEur += stage.path("value").path("EUR").asDouble();
        }
        return List.of(
                new Agreement(name(), "open", service.path("open").asDouble(), open, 0),
                new Agreement(name(), "open value EUR", serviceEur, eur, 0.005));
    }
}
